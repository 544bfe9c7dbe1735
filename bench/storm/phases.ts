/**
 * How load is offered. Open loop (arrivals at a fixed rate whatever the service does, as logins
 * arrive at 8:00) with latency counted from the time each login was due, so a lagging generator
 * cannot hide queueing; a burst (everyone at once); and a closed loop for the device hello.
 * Every loop is bounded by a count or a deadline.
 */
import type { Outcome } from './login-client';
import type { Sample } from './samples';

const sleep = (ms: number): Promise<void> =>
  new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)));

/** `count` operations, the i-th due at i / perSecond seconds after the start. */
export async function openLoop(
  count: number,
  perSecond: number,
  operation: (i: number) => Promise<Outcome>,
): Promise<Sample[]> {
  const t0 = performance.now();
  const pending: Promise<Sample>[] = [];
  for (let i = 0; i < count; i++) {
    const due = t0 + (i * 1000) / perSecond;
    const wait = due - performance.now();
    if (wait > 1) await sleep(wait);
    pending.push(
      operation(i).then((outcome) => ({
        startMs: due,
        endMs: performance.now(),
        ok: outcome.ok,
        ...(outcome.error ? { error: outcome.error } : {}),
        ...(outcome.newDevice ? { newDevice: true } : {}),
      })),
    );
  }
  return Promise.all(pending);
}

/** All `count` operations started at once. */
export function burst(
  count: number,
  operation: (i: number) => Promise<Outcome>,
): Promise<Sample[]> {
  const t0 = performance.now();
  return Promise.all(
    Array.from({ length: count }, (_, i) =>
      operation(i).then((outcome) => ({
        startMs: t0,
        endMs: performance.now(),
        ok: outcome.ok,
        ...(outcome.error ? { error: outcome.error } : {}),
        ...(outcome.newDevice ? { newDevice: true } : {}),
      })),
    ),
  );
}

/** `concurrency` workers, each repeating the operation until the deadline. */
export async function closedLoop(
  concurrency: number,
  durationMs: number,
  operation: (i: number) => Promise<Outcome>,
): Promise<Sample[]> {
  const samples: Sample[] = [];
  const deadline = performance.now() + durationMs;
  let next = 0;
  const worker = async (): Promise<void> => {
    while (performance.now() < deadline) {
      const startMs = performance.now();
      const outcome = await operation(next++);
      samples.push({
        startMs,
        endMs: performance.now(),
        ok: outcome.ok,
        ...(outcome.error ? { error: outcome.error } : {}),
        ...(outcome.newDevice ? { newDevice: true } : {}),
      });
    }
  };
  await Promise.all(Array.from({ length: concurrency }, worker));
  return samples;
}
