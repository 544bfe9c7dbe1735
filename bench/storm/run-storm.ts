/**
 * The storm section: the argon2id bound, then the service in a child process under a sustained
 * arrival, a step series of offered loads (for the chart), a burst, and the device hello.
 */
import { cpus } from 'node:os';
import { threadpoolSize } from '../lib/machine';
import { readProcMemory, sampleRss } from '../lib/proc';
import {
  KEYCLOAK_LOGINS_PER_VCPU,
  KEYCLOAK_SOURCE,
  type DeviceHelloResult,
  type StormDiagnostics,
  type StormPhase,
  type StormResult,
} from '../lib/result';
import { efficiency, round } from '../lib/stats';
import { measureArgon2Bound, startServiceProcess } from './children';
import type { ServiceProcess } from './children';
import { createDevice, deviceHello, passwordLogin } from './login-client';
import type { StormClient } from './login-client';
import { burst, closedLoop, openLoop } from './phases';
import { figuresOf } from './samples';
import type { Sample } from './samples';
import { benchUsers } from './users';

export interface StormConfig {
  users: number;
  sustainedLogins: number;
  sustainedSeconds: number;
  /** Offered loads as multiples of the measured bound. */
  stepFactors: number[];
  stepSeconds: number;
  burstLogins: number;
  boundSeconds: number;
  helloSeconds: number;
  helloConcurrency: number;
}

export const FULL_STORM: StormConfig = {
  users: 500,
  sustainedLogins: 500,
  sustainedSeconds: 60,
  stepFactors: [0.25, 0.5, 0.75, 1, 1.25, 1.5],
  stepSeconds: 5,
  burstLogins: 500,
  boundSeconds: 5,
  helloSeconds: 5,
  helloConcurrency: 16,
};

export const QUICK_STORM: StormConfig = {
  users: 40,
  sustainedLogins: 40,
  sustainedSeconds: 8,
  stepFactors: [0.5, 1, 1.5],
  stepSeconds: 2,
  burstLogins: 40,
  boundSeconds: 2,
  helloSeconds: 2,
  helloConcurrency: 8,
};

export const RATE_LIMIT_NOTE =
  'per-address limits (identify, login, device) raised for the bench process only: every client is 127.0.0.1';

async function measurePhase(
  service: ServiceProcess,
  name: string,
  offeredPerSecond: number | null,
  run: () => Promise<Sample[]>,
): Promise<StormPhase> {
  await service.stats(true);
  const clientCpu = process.cpuUsage();
  const rss = sampleRss(service.pid);
  const t0 = performance.now();
  const samples = await run();
  const wallMs = performance.now() - t0;
  const peakRssMb = rss.stop();
  const stats = await service.stats(true);
  const cpu = process.cpuUsage(clientCpu);
  const f = figuresOf(samples);
  const completed = Math.max(1, f.count - f.errors);
  return {
    name,
    offeredPerSecond: offeredPerSecond === null ? null : round(offeredPerSecond, 2),
    logins: f.count,
    newDeviceLogins: f.newDevice,
    errors: f.errors,
    errorKinds: f.errorKinds,
    elapsedMs: f.elapsedMs,
    achievedPerSecond: f.perSecond,
    latencyMs: f.latencyMs,
    peakRssMb: round(peakRssMb),
    serviceCpuPercent: round((stats.cpuMs / wallMs) * 100),
    clientCpuPercent: round(((cpu.user + cpu.system) / 1000 / wallMs) * 100),
    eventLoopDelayP99Ms: round(stats.eventLoopDelayP99Ms),
    serviceCpuMsPerLogin: round(stats.cpuMs / completed),
    clientCpuMsPerLogin: round((cpu.user + cpu.system) / 1000 / completed),
  };
}

/**
 * Where the CPU of a login goes, per login rather than per second, so it holds on a shared
 * machine too: if the service and the load generator together spend more CPU per login than
 * one argon2id verification costs, the cores cannot reach the bound, whatever the tuning.
 */
export function cpuDiagnostics(
  argon2CpuMs: number,
  phase: StormPhase,
  cores: number,
): StormDiagnostics {
  const perLogin = phase.serviceCpuMsPerLogin + phase.clientCpuMsPerLogin;
  return {
    argon2CpuMsPerVerification: round(argon2CpuMs),
    serviceCpuMsPerLogin: phase.serviceCpuMsPerLogin,
    generatorCpuMsPerLogin: phase.clientCpuMsPerLogin,
    serviceCpuBeyondArgon2Ms: round(phase.serviceCpuMsPerLogin - argon2CpuMs),
    /** argon2id CPU ÷ all CPU a login costs on these cores: the efficiency the cores allow. */
    cpuEfficiency: round(perLogin > 0 ? argon2CpuMs / perLogin : Number.NaN, 3),
    /** What the cores could do if the service and generator had them to themselves. */
    cpuBoundLoginsPerSecond: round(perLogin > 0 ? (cores * 1000) / perLogin : Number.NaN),
  };
}

export interface StormOutput {
  storm: StormResult;
  deviceHello: DeviceHelloResult;
}

export async function runStorm(
  config: StormConfig,
  log: (line: string) => void,
): Promise<StormOutput> {
  const pool = threadpoolSize();
  log(`argon2id bound: ${config.boundSeconds} s of verifications, ${2 * pool} in flight`);
  const boundBefore = await measureArgon2Bound(config.boundSeconds, 2 * pool);
  log(`  ${round(boundBefore.perSecond, 1)} verifications/s`);

  const service = await startServiceProcess(config.users);
  let output: Omit<StormOutput, 'storm'> & { storm: Omit<StormResult, BoundFields> };
  try {
    const clients: StormClient[] = await Promise.all(
      benchUsers(config.users).map(async (user) => ({
        ...user,
        device: await createDevice(),
        known: false,
      })),
    );
    const clientAt = (i: number): StormClient => clients[i % clients.length] as StormClient;
    const login = (i: number) => passwordLogin(service.url, clientAt(i));

    // Warm-up (JIT, connection pool, SQLite page cache), not counted; the last users, so the
    // sustained phase starts with (nearly) every device new, as on the first day.
    const warmUp = Math.min(config.users, 2 * pool);
    await burst(warmUp, (i) => passwordLogin(service.url, clientAt(config.users - 1 - i)));

    log(`sustained: ${config.sustainedLogins} logins over ${config.sustainedSeconds} s`);
    const sustainedRate = config.sustainedLogins / config.sustainedSeconds;
    const sustained = await measurePhase(service, 'sustained', sustainedRate, () =>
      openLoop(config.sustainedLogins, sustainedRate, login),
    );

    const steps: StormPhase[] = [];
    for (const factor of config.stepFactors) {
      const rate = Math.max(0.5, factor * boundBefore.perSecond);
      const count = Math.max(1, Math.round(rate * config.stepSeconds));
      log(`step ${factor}× bound: ${round(rate, 1)}/s for ${config.stepSeconds} s`);
      steps.push(
        await measurePhase(service, `step ${factor}x`, rate, () => openLoop(count, rate, login)),
      );
    }

    log(`burst: ${config.burstLogins} logins at once`);
    const burstPhase = await measurePhase(service, 'burst', null, () =>
      burst(config.burstLogins, login),
    );

    log(`device hello: ${config.helloConcurrency} devices in a loop for ${config.helloSeconds} s`);
    const helloSamples = await closedLoop(
      config.helloConcurrency,
      config.helloSeconds * 1000,
      (i) => deviceHello(service.url, clientAt(i).device),
    );
    const hello = figuresOf(helloSamples);

    const peakRssMb = readProcMemory(service.pid)?.peakRssMb ?? null;
    const phases = [sustained, ...steps, burstPhase];
    const capacity = Math.max(
      burstPhase.achievedPerSecond,
      ...steps.map((s) => s.achievedPerSecond),
    );
    const storm: Omit<StormResult, BoundFields> = {
      users: config.users,
      threadpoolSize: pool,
      loginsPerSecond: capacity,
      p50Ms: sustained.latencyMs.p50,
      p95Ms: sustained.latencyMs.p95,
      p99Ms: sustained.latencyMs.p99,
      errors: phases.reduce((sum, p) => sum + p.errors, 0),
      peakRssMb: peakRssMb === null ? null : round(peakRssMb),
      peerPerSecond: KEYCLOAK_LOGINS_PER_VCPU * cpus().length,
      peerSource: KEYCLOAK_SOURCE,
      rateLimits: RATE_LIMIT_NOTE,
      diagnostics: cpuDiagnostics(boundBefore.cpuMsPerVerification, burstPhase, cpus().length),
      sustained,
      burst: burstPhase,
      steps,
    };
    const deviceHelloResult: DeviceHelloResult = {
      roundTripsPerSecond: hello.perSecond,
      latencyMs: hello.latencyMs,
      errors: hello.errors,
      concurrency: config.helloConcurrency,
    };
    output = { storm, deviceHello: deviceHelloResult };
  } finally {
    await service.close();
  }

  // A shared virtual machine's speed drifts by tens of per cent within minutes, so the bound is
  // measured again once the service is gone and the higher of the two is the one judged against:
  // the efficiency can only come out lower for it, never flattered by a slow first sample.
  log(`argon2id bound again, after the storm: ${config.boundSeconds} s`);
  const boundAfter = await measureArgon2Bound(config.boundSeconds, 2 * pool);
  log(`  ${round(boundAfter.perSecond, 1)} verifications/s`);
  const bound = Math.max(boundBefore.perSecond, boundAfter.perSecond);
  const { storm } = output;
  return {
    ...output,
    storm: {
      ...storm,
      argon2BoundPerSecond: round(bound, 2),
      argon2BoundSamplesPerSecond: [
        round(boundBefore.perSecond, 2),
        round(boundAfter.perSecond, 2),
      ],
      efficiency: round(efficiency(storm.loginsPerSecond ?? 0, bound), 3),
    },
  };
}

type BoundFields = 'argon2BoundPerSecond' | 'argon2BoundSamplesPerSecond' | 'efficiency';
