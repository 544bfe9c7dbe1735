/**
 * The login service in its own process for the storm, so its RSS and CPU are its own and the
 * load generator does not share its event loop. Started with fork() by storm/service-handle.ts;
 * speaks a tiny IPC protocol (ready, stats, close).
 *
 * Per-address rate limits are raised here, for this process only: every storm client comes
 * from 127.0.0.1, and the defaults (30 logins/min per address) would measure the limiter, not
 * the service. The defaults in server/rate-limit.ts are untouched.
 */
import { monitorEventLoopDelay } from 'node:perf_hooks';
import { hashPassword } from '../../server/auth/password-hash';
import { startLoginService } from '../../server/service';
import { insertOrganisation, insertUser } from '../../server/users';
import { BENCH_ORGANISATION, benchPassword, benchUsers, DISTINCT_PASSWORDS } from './users';
import { BENCH_RATE_LIMIT } from './limits';
import type { ChildMessage, ParentMessage, ServiceStats } from './protocol';

function send(message: ChildMessage): void {
  process.send?.(message);
}

async function main(): Promise<void> {
  const users = Number.parseInt(process.argv[2] ?? '100', 10);
  const service = await startLoginService({
    port: 0,
    seed: null,
    mail: 'sink',
    logLevel: 'warn',
    rateLimits: {
      identify: BENCH_RATE_LIMIT,
      login: BENCH_RATE_LIMIT,
      device: BENCH_RATE_LIMIT,
    },
  });
  const now = new Date();
  insertOrganisation(service.db, BENCH_ORGANISATION, now);
  const hashes = await Promise.all(
    Array.from({ length: DISTINCT_PASSWORDS }, (_, i) => hashPassword(benchPassword(i))),
  );
  service.db.transaction(() => {
    benchUsers(users).forEach((user, i) => {
      insertUser(
        service.db,
        {
          username: user.username,
          email: user.email,
          displayName: user.displayName,
          organisationId: BENCH_ORGANISATION.id,
          passwordHash: hashes[i % DISTINCT_PASSWORDS] ?? null,
          passwordChangedAt: now,
        },
        now,
      );
    });
  })();

  const loop = monitorEventLoopDelay({ resolution: 10 });
  loop.enable();
  let cpuMark = process.cpuUsage();

  process.on('message', (message: ParentMessage) => {
    if (message.type === 'stats') {
      const cpu = process.cpuUsage(cpuMark);
      const stats: ServiceStats = {
        cpuMs: (cpu.user + cpu.system) / 1000,
        eventLoopDelayP99Ms: loop.percentile(99) / 1e6,
        eventLoopDelayMaxMs: loop.max / 1e6,
      };
      if (message.reset) {
        loop.reset();
        cpuMark = process.cpuUsage();
      }
      send({ type: 'stats', id: message.id, stats });
    } else if (message.type === 'close') {
      loop.disable();
      void service.close().then(() => process.exit(0));
    }
  });
  process.on('disconnect', () => process.exit(0));
  send({ type: 'ready', url: service.url, users, pid: process.pid });
}

main().catch((err: unknown) => {
  send({ type: 'failed', message: err instanceof Error ? err.message : String(err) });
  process.exit(1);
});
