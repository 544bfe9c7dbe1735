/**
 * `npm run bench`: every figure of issue 8 in one run, written to bench/results/latest.json and
 * printed as a table. `--quick` is a smoke run with small counts (for development on a busy
 * machine; its figures are not measurements). `--only=bundle,screens,login,storm` runs parts.
 */
import { execFileSync } from 'node:child_process';
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { measureLoginOverhead } from './login/overhead';
import { machineInfo, machineLine } from './lib/machine';
import { KEYCLOAK_LOGINS_PER_VCPU, KEYCLOAK_SOURCE, missingKeys } from './lib/result';
import type {
  BenchResult,
  DeviceHelloResult,
  LoginResult,
  RendererResult,
  StormResult,
} from './lib/result';
import { renderTable } from './lib/table';
import { writeReport } from './report';
import { measureBundle } from './screens/bundle';
import { measureTimeToInteractive } from './screens/tti';
import { FULL_STORM, QUICK_STORM, runStorm } from './storm/run-storm';

const ROOT = fileURLToPath(new URL('..', import.meta.url));
const DIST = fileURLToPath(new URL('../dist/renderer/', import.meta.url));
const RESULTS = fileURLToPath(new URL('./results/', import.meta.url));

const args = process.argv.slice(2);
const quick = args.includes('--quick');
const onlyArg = args.find((a) => a.startsWith('--only='));
const only = onlyArg ? new Set(onlyArg.slice('--only='.length).split(',')) : null;
const wants = (part: string): boolean => !only || only.has(part);
const log = (line: string): void => {
  process.stderr.write(`[bench] ${line}\n`);
};
const ANSI_COLOUR = new RegExp(`${String.fromCharCode(27)}\\[[0-9;]*m`, 'g');
// First line only, without terminal colours: Playwright's messages carry a call log.
const reason = (err: unknown): string =>
  (err instanceof Error ? err.message : String(err)).split('\n')[0]!.replace(ANSI_COLOUR, '');

async function renderer(): Promise<RendererResult> {
  const result: RendererResult = {
    jsBytes: null,
    jsGzipBytes: null,
    cssBytes: null,
    cssGzipBytes: null,
    files: [],
    timeToInteractiveMs: null,
    method: 'cold loads (new context each) of dist/renderer over loopback HTTP, stub bridge',
  };
  if (!wants('bundle') && !wants('screens')) return { ...result, skipped: 'not selected' };
  if (!args.includes('--no-build')) {
    log('building the production renderer (npm run build:renderer)');
    execFileSync('npm', ['run', '--silent', 'build:renderer'], {
      cwd: ROOT,
      stdio: ['ignore', 'ignore', 'inherit'],
    });
  }
  if (!existsSync(DIST)) return { ...result, skipped: 'dist/renderer missing' };
  Object.assign(result, measureBundle(DIST));
  if (wants('screens')) {
    const loads = quick ? 5 : 25;
    log(`time to interactive: ${loads} cold loads in Chromium`);
    try {
      result.timeToInteractiveMs = await measureTimeToInteractive(DIST, loads);
    } catch (err) {
      result.skipped = `time to interactive: ${reason(err)}`;
    }
  }
  return result;
}

async function login(): Promise<LoginResult> {
  const empty: LoginResult = {
    clientOverheadMs: null,
    totalMs: null,
    serviceMs: null,
    method: 'browser shell (test/harness): "log in" to the web app\'s first paint',
  };
  if (!wants('login')) return { ...empty, skipped: 'not selected' };
  try {
    return await measureLoginOverhead(quick ? 5 : 20, log, DIST);
  } catch (err) {
    return { ...empty, skipped: reason(err) };
  }
}

async function storm(): Promise<{ storm: StormResult; deviceHello: DeviceHelloResult }> {
  const skipped = (why: string) => ({
    storm: {
      users: 0,
      threadpoolSize: 0,
      loginsPerSecond: null,
      p50Ms: null,
      p95Ms: null,
      p99Ms: null,
      errors: null,
      argon2BoundPerSecond: null,
      efficiency: null,
      peakRssMb: null,
      peerPerSecond: KEYCLOAK_LOGINS_PER_VCPU * machineInfo().cores,
      peerSource: KEYCLOAK_SOURCE,
      rateLimits: '',
      sustained: null,
      burst: null,
      steps: [],
      skipped: why,
    },
    deviceHello: {
      roundTripsPerSecond: null,
      latencyMs: null,
      errors: null,
      concurrency: 0,
      skipped: why,
    },
  });
  if (!wants('storm')) return skipped('not selected');
  try {
    return await runStorm(quick ? QUICK_STORM : FULL_STORM, log);
  } catch (err) {
    return skipped(reason(err));
  }
}

async function main(): Promise<void> {
  const started = performance.now();
  const machine = machineInfo();
  log(`machine: ${machineLine(machine)}`);
  const rendererResult = await renderer();
  const loginResult = await login();
  const stormResult = await storm();
  const result: BenchResult = {
    schemaVersion: 1,
    generatedAt: new Date().toISOString(),
    quick,
    durationSeconds: Math.round((performance.now() - started) / 1000),
    machine,
    machineLine: machineLine(machine),
    renderer: rendererResult,
    login: loginResult,
    ...stormResult,
  };
  const missing = missingKeys(result);
  if (missing.length > 0) throw new Error(`result lacks ${missing.join(', ')}`);
  mkdirSync(RESULTS, { recursive: true });
  const file = quick || only ? 'quick.json' : 'latest.json';
  writeFileSync(RESULTS + file, JSON.stringify(result, null, 2) + '\n');
  process.stdout.write(renderTable(result) + '\n');
  if (file === 'latest.json') {
    writeReport(result);
    log('updated docs/performance.md and docs/performance-storm.svg');
  }
  log(`wrote bench/results/${file} in ${result.durationSeconds} s`);
  const failed = (result.storm.errors ?? 0) + (result.deviceHello.errors ?? 0);
  if (failed > 0) {
    // A storm with errors measured a failure, not a capacity: say so in the exit status.
    log(`${failed} logins or hellos failed: see errorKinds in the phases`);
    process.exitCode = 1;
  }
}

main().then(
  () => process.exit(process.exitCode ?? 0),
  (err: unknown) => {
    process.stderr.write(`[bench] failed: ${reason(err)}\n`);
    process.exit(1);
  },
);
