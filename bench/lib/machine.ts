/** The machine line at the top of every result: a figure means nothing without it. */
import { cpus, totalmem, loadavg, release, platform } from 'node:os';

export interface MachineInfo {
  cpuModel: string;
  cores: number;
  memoryGb: number;
  node: string;
  os: string;
  /** Load average when the run started: others' work on a shared machine distorts figures. */
  loadAverage1m: number;
  uvThreadpoolSize: number;
}

export const DEFAULT_UV_THREADPOOL_SIZE = 4;

export function threadpoolSize(env: NodeJS.ProcessEnv = process.env): number {
  const n = Number.parseInt(env.UV_THREADPOOL_SIZE ?? '', 10);
  return Number.isSafeInteger(n) && n > 0 ? n : DEFAULT_UV_THREADPOOL_SIZE;
}

export function machineInfo(): MachineInfo {
  const list = cpus();
  return {
    cpuModel: list[0]?.model.trim() ?? 'unknown',
    cores: list.length,
    memoryGb: Math.round((totalmem() / 2 ** 30) * 10) / 10,
    node: process.version,
    os: `${platform()} ${release()}`,
    loadAverage1m: Math.round((loadavg()[0] ?? 0) * 100) / 100,
    uvThreadpoolSize: threadpoolSize(),
  };
}

export function machineLine(m: MachineInfo): string {
  return (
    `${m.cpuModel}, ${m.cores} cores, ${m.memoryGb} GB, Node ${m.node}, ${m.os}, ` +
    `UV_THREADPOOL_SIZE=${m.uvThreadpoolSize}, load ${m.loadAverage1m} at start`
  );
}
