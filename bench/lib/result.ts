/**
 * The shape of bench/results/latest.json. The dotted keys in REQUIRED_KEYS are the ones issue 8
 * names; report.ts and anyone comparing runs read them, so a section that could not run writes
 * them as null with a `skipped` reason rather than leaving them out.
 */
import type { MachineInfo } from './machine';
import type { Summary } from './stats';

export interface RendererResult {
  jsBytes: number | null;
  jsGzipBytes: number | null;
  cssBytes: number | null;
  cssGzipBytes: number | null;
  files: { file: string; bytes: number; gzipBytes: number }[];
  /** Navigation start to the first login screen that takes input, cold loads. */
  timeToInteractiveMs: Summary | null;
  method: string;
  skipped?: string;
}

export interface LoginResult {
  /** "Log in" to the web app's first paint, minus the service's own time in those requests. */
  clientOverheadMs: Summary | null;
  totalMs: Summary | null;
  serviceMs: Summary | null;
  /** The overhead split at the managed window's navigation start (service time removed). */
  breakdown?: { toWindowNavigationMs: Summary; webAppLoadToPaintMs: Summary };
  method: string;
  skipped?: string;
}

export interface StormPhase {
  name: string;
  /** Arrivals per second offered; null for the burst (everyone at once). */
  offeredPerSecond: number | null;
  logins: number;
  /** Logins that went through step 1 (a new device); the others were step 2 on a known device. */
  newDeviceLogins: number;
  errors: number;
  errorKinds: Record<string, number>;
  elapsedMs: number;
  achievedPerSecond: number;
  latencyMs: Summary;
  peakRssMb: number;
  serviceCpuPercent: number;
  clientCpuPercent: number;
  eventLoopDelayP99Ms: number;
  serviceCpuMsPerLogin: number;
  clientCpuMsPerLogin: number;
}

export interface StormDiagnostics {
  argon2CpuMsPerVerification: number;
  serviceCpuMsPerLogin: number;
  generatorCpuMsPerLogin: number;
  serviceCpuBeyondArgon2Ms: number;
  cpuEfficiency: number;
  cpuBoundLoginsPerSecond: number;
}

export interface StormResult {
  users: number;
  threadpoolSize: number;
  /** Capacity: the best completed logins/s of the burst and the saturating steps. */
  loginsPerSecond: number | null;
  /** Latency of the sustained phase (the "N over 60 s" arrival), whole login as the user waits. */
  p50Ms: number | null;
  p95Ms: number | null;
  p99Ms: number | null;
  /** Failed logins over every phase; must be 0. */
  errors: number | null;
  /** The higher of the two samples below: the efficiency is judged against the faster machine. */
  argon2BoundPerSecond: number | null;
  /** The bound measured before the storm and again after it (a shared VM's speed drifts). */
  argon2BoundSamplesPerSecond?: number[];
  efficiency: number | null;
  /** VmHWM of the service process over the whole storm. */
  peakRssMb: number | null;
  peerPerSecond: number;
  peerSource: string;
  rateLimits: string;
  /** Measured in the burst: where a login's CPU goes (see run-storm.ts cpuDiagnostics). */
  diagnostics?: StormDiagnostics;
  sustained: StormPhase | null;
  burst: StormPhase | null;
  steps: StormPhase[];
  skipped?: string;
}

export interface DeviceHelloResult {
  roundTripsPerSecond: number | null;
  latencyMs: Summary | null;
  errors: number | null;
  concurrency: number;
  skipped?: string;
}

export interface BenchResult {
  schemaVersion: 1;
  generatedAt: string;
  quick: boolean;
  durationSeconds: number;
  machine: MachineInfo;
  machineLine: string;
  renderer: RendererResult;
  login: LoginResult;
  storm: StormResult;
  deviceHello: DeviceHelloResult;
}

export const REQUIRED_KEYS = [
  'machine.cpuModel',
  'machine.cores',
  'machine.node',
  'renderer.jsGzipBytes',
  'renderer.timeToInteractiveMs.p50',
  'login.clientOverheadMs.p50',
  'storm.loginsPerSecond',
  'storm.p99Ms',
  'storm.errors',
  'storm.argon2BoundPerSecond',
  'storm.efficiency',
  'storm.peakRssMb',
] as const;

/** Reads a dotted path; undefined when any step is missing. A null parent reads as null. */
export function readPath(value: unknown, path: string): unknown {
  let current: unknown = value;
  for (const part of path.split('.')) {
    if (current === null) return null;
    if (typeof current !== 'object' || current === undefined) return undefined;
    current = (current as Record<string, unknown>)[part];
  }
  return current;
}

/** The required keys a result lacks (null counts as present: "measured nothing, said why"). */
export function missingKeys(result: unknown): string[] {
  return REQUIRED_KEYS.filter((key) => readPath(result, key) === undefined);
}

/** The Peer figure: Keycloak's sizing guide plans ~15 password logins/s per vCPU. */
export const KEYCLOAK_LOGINS_PER_VCPU = 15;
export const KEYCLOAK_SOURCE =
  'Keycloak "Concepts for sizing CPU and memory resources": ~15 password-based user logins/s per vCPU';
