/** Turns the raw samples of a phase into its figures (pure; unit-tested). */
import { ratePerSecond, roundSummary, summarise } from '../lib/stats';
import type { Summary } from '../lib/stats';

export interface Sample {
  /** When the operation was due to start (open loop) or started (burst, closed loop), ms. */
  startMs: number;
  endMs: number;
  ok: boolean;
  error?: string;
  /** Went through step 1 as well (first login on this device). */
  newDevice?: boolean;
}

export interface SampleFigures {
  count: number;
  /** Operations that went through step 1 too (new devices); the rest were step 2 only. */
  newDevice: number;
  errors: number;
  errorKinds: Record<string, number>;
  /** First start to last end: what the phase took on the wall clock. */
  elapsedMs: number;
  /** Successful operations per second over elapsedMs. */
  perSecond: number;
  /** Latency of the successful operations. */
  latencyMs: Summary;
}

export function figuresOf(samples: readonly Sample[]): SampleFigures {
  const errorKinds: Record<string, number> = {};
  let first = Infinity;
  let last = -Infinity;
  const latencies: number[] = [];
  for (const s of samples) {
    if (s.startMs < first) first = s.startMs;
    if (s.endMs > last) last = s.endMs;
    if (s.ok) latencies.push(s.endMs - s.startMs);
    else {
      const kind = s.error ?? 'unknown';
      errorKinds[kind] = (errorKinds[kind] ?? 0) + 1;
    }
  }
  const elapsedMs = samples.length > 0 ? last - first : 0;
  return {
    count: samples.length,
    newDevice: samples.filter((s) => s.newDevice).length,
    errors: samples.length - latencies.length,
    errorKinds,
    elapsedMs: Math.round(elapsedMs),
    perSecond: Math.round(ratePerSecond(latencies.length, elapsedMs) * 100) / 100,
    latencyMs: roundSummary(summarise(latencies)),
  };
}
