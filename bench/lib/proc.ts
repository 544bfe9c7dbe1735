/** Memory and CPU of another process, read from /proc (Linux), so a child's figures are its own. */
import { readFileSync } from 'node:fs';

export interface ProcMemory {
  rssMb: number;
  /** VmHWM: the peak resident set since the process started. */
  peakRssMb: number;
}

/** Parses /proc/<pid>/status; null when the process is gone or this is not Linux. */
export function parseProcStatus(text: string): ProcMemory | null {
  const kb = (name: string): number | null => {
    const match = new RegExp(`^${name}:\\s+(\\d+)\\s+kB`, 'm').exec(text);
    return match ? Number(match[1]) : null;
  };
  const rss = kb('VmRSS');
  const hwm = kb('VmHWM');
  if (rss === null || hwm === null) return null;
  return { rssMb: rss / 1024, peakRssMb: hwm / 1024 };
}

export function readProcMemory(pid: number): ProcMemory | null {
  try {
    return parseProcStatus(readFileSync(`/proc/${pid}/status`, 'utf8'));
  } catch {
    return null;
  }
}

/** Samples a process's RSS every interval and keeps the highest, until stopped. */
export function sampleRss(pid: number, intervalMs = 100): { stop(): number } {
  let peak = readProcMemory(pid)?.rssMb ?? 0;
  const timer = setInterval(() => {
    const m = readProcMemory(pid);
    if (m && m.rssMb > peak) peak = m.rssMb;
  }, intervalMs);
  timer.unref();
  return {
    stop() {
      clearInterval(timer);
      const m = readProcMemory(pid);
      if (m && m.rssMb > peak) peak = m.rssMb;
      return peak;
    },
  };
}
