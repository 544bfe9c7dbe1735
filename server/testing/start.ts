/** Starts a quiet, demo-seeded service on a free loopback port with a clock the test owns. */
import { startLoginService } from '../service';
import type { LoginServiceOptions, RunningLoginService } from '../service';
import { createTestClock } from './clock';
import type { TestClock } from './clock';
import { ApiClient } from './api-client';

export interface TestService extends RunningLoginService {
  clock: TestClock;
  /** A client with a fresh device key, signing proofs on the service's clock. */
  client(): Promise<ApiClient>;
}

export async function startTestService(
  options: LoginServiceOptions & { clockStart?: Date } = {},
): Promise<TestService> {
  const clock = createTestClock(options.clockStart ?? new Date('2026-11-02T08:00:00Z'));
  const service = await startLoginService({
    seed: 'demo',
    logLevel: 'silent',
    now: clock.now,
    ...options,
  });
  return Object.assign(service, { clock, client: () => ApiClient.create(service.url, clock.now) });
}
