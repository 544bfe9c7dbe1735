/** Starts the bench's child processes (TypeScript through tsx) and talks to them over IPC. */
import { fork } from 'node:child_process';
import type { ChildProcess } from 'node:child_process';
import { fileURLToPath } from 'node:url';
import type { ChildMessage, ParentMessage, ServiceStats } from './protocol';

const here = (file: string): string => fileURLToPath(new URL(file, import.meta.url));

/** BENCH_CPU_PROF_DIR=dir: the service writes a V8 CPU profile there (to find where time goes). */
const PROFILE_DIR = process.env.BENCH_CPU_PROF_DIR;

function forkTs(file: string, args: string[], profile = false): ChildProcess {
  // One node process per child (no tsx CLI wrapper in between), so its pid is the measured one.
  return fork(here(file), args, {
    execArgv: [
      '--import',
      'tsx',
      ...(profile && PROFILE_DIR ? ['--cpu-prof', `--cpu-prof-dir=${PROFILE_DIR}`] : []),
    ],
    env: process.env,
    stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
  });
}

function nextMessage<T extends ChildMessage['type']>(
  child: ChildProcess,
  type: T,
  timeoutMs: number,
): Promise<Extract<ChildMessage, { type: T }>> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      cleanup();
      reject(new Error(`no ${type} message from ${child.pid} in ${timeoutMs} ms`));
    }, timeoutMs);
    const onMessage = (message: ChildMessage): void => {
      if (message.type === 'failed') {
        cleanup();
        reject(new Error(message.message));
      } else if (message.type === type) {
        cleanup();
        resolve(message as Extract<ChildMessage, { type: T }>);
      }
    };
    const onExit = (code: number | null): void => {
      cleanup();
      reject(new Error(`child ${child.pid} exited (${code}) before sending ${type}`));
    };
    const cleanup = (): void => {
      clearTimeout(timer);
      child.off('message', onMessage);
      child.off('exit', onExit);
    };
    child.on('message', onMessage);
    child.on('exit', onExit);
  });
}

export interface Argon2Bound {
  perSecond: number;
  verifications: number;
  elapsedMs: number;
  concurrency: number;
  cpuMsPerVerification: number;
}

export async function measureArgon2Bound(
  seconds: number,
  concurrency: number,
): Promise<Argon2Bound> {
  const child = forkTs('./argon2-bound-process.ts', [String(seconds), String(concurrency)]);
  try {
    const { perSecond, verifications, elapsedMs, cpuMsPerVerification } = await nextMessage(
      child,
      'bound',
      seconds * 1000 + 60_000,
    );
    return { perSecond, verifications, elapsedMs, concurrency, cpuMsPerVerification };
  } finally {
    child.kill();
  }
}

export interface ServiceProcess {
  url: string;
  pid: number;
  /** CPU and event-loop figures since the last reset; `reset` starts a new interval. */
  stats(reset: boolean): Promise<ServiceStats>;
  close(): Promise<void>;
}

export async function startServiceProcess(users: number): Promise<ServiceProcess> {
  const child = forkTs('./service-process.ts', [String(users)], true);
  let ready;
  try {
    ready = await nextMessage(child, 'ready', 120_000);
  } catch (err) {
    child.kill();
    throw err;
  }
  let nextId = 1;
  const post = (message: ParentMessage): void => {
    child.send(message);
  };
  return {
    url: ready.url,
    pid: ready.pid,
    async stats(reset) {
      const id = nextId++;
      const answer = new Promise<ServiceStats>((resolve, reject) => {
        const onMessage = (message: ChildMessage): void => {
          if (message.type === 'stats' && message.id === id) {
            child.off('message', onMessage);
            resolve(message.stats);
          }
        };
        child.on('message', onMessage);
        setTimeout(() => reject(new Error('no stats from the service')), 30_000).unref();
      });
      post({ type: 'stats', id, reset });
      return answer;
    },
    async close() {
      if (child.exitCode !== null) return;
      const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
      post({ type: 'close' });
      const timer = setTimeout(() => child.kill('SIGKILL'), 10_000);
      await exited;
      clearTimeout(timer);
    },
  };
}
