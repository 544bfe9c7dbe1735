/**
 * The bound for the storm: how many argon2id verifications per second this machine does with
 * the service's own parameters and code (server/auth/password-hash.ts), on the same cores and
 * the same libuv thread pool size, in a process of its own. Enough verifications are kept in
 * flight to keep every pool thread busy, which is also what a saturated service does.
 */
import { hashPassword, verifyPassword } from '../../server/auth/password-hash';
import type { ChildMessage } from './protocol';
import { benchPassword } from './users';

async function main(): Promise<void> {
  const seconds = Number.parseFloat(process.argv[2] ?? '5');
  const concurrency = Number.parseInt(process.argv[3] ?? '8', 10);
  const password = benchPassword(0);
  const stored = await hashPassword(password);

  const run = async (untilMs: number): Promise<number> => {
    let count = 0;
    const worker = async (): Promise<void> => {
      while (performance.now() < untilMs) {
        const { ok } = await verifyPassword(stored, password);
        if (!ok) throw new Error('the bench hash did not verify');
        count += 1;
      }
    };
    await Promise.all(Array.from({ length: concurrency }, worker));
    return count;
  };

  // Warm up (page faults of the 19 MiB blocks, CPU frequency) before counting.
  await run(performance.now() + Math.min(1000, seconds * 200));
  const cpuBefore = process.cpuUsage();
  const start = performance.now();
  const verifications = await run(start + seconds * 1000);
  const elapsedMs = performance.now() - start;
  const cpu = process.cpuUsage(cpuBefore);
  const message: ChildMessage = {
    type: 'bound',
    perSecond: verifications / (elapsedMs / 1000),
    verifications,
    elapsedMs,
    concurrency,
    cpuMsPerVerification: (cpu.user + cpu.system) / 1000 / verifications,
  };
  process.send?.(message);
}

main().catch((err: unknown) => {
  process.send?.({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  process.exitCode = 1;
});
