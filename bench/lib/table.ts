/** The readable stdout table of a result: one line per figure, each beside what judges it. */
import type { BenchResult } from './result';
import type { Summary } from './stats';

const fmt = (value: number | null | undefined, unit = '', digits = 1): string =>
  value === null || value === undefined || Number.isNaN(value)
    ? 'n/a'
    : `${Number(value.toFixed(digits))}${unit}`;

const kb = (bytes: number | null): string =>
  bytes === null ? 'n/a' : `${(bytes / 1024).toFixed(1)} KiB`;

const dist = (s: Summary | null): string =>
  s ? `p50 ${fmt(s.p50, ' ms')}  p95 ${fmt(s.p95, ' ms')}  (n=${s.n})` : 'n/a';

export function renderTable(r: BenchResult): string {
  const rows: [string, string, string][] = [];
  const skip = (why: string | undefined): string => (why ? `skipped: ${why}` : '');
  rows.push([
    'renderer JS',
    `${kb(r.renderer.jsBytes)} raw, ${kb(r.renderer.jsGzipBytes)} gzip`,
    skip(r.renderer.skipped),
  ]);
  rows.push([
    'renderer CSS',
    `${kb(r.renderer.cssBytes)} raw, ${kb(r.renderer.cssGzipBytes)} gzip`,
    '',
  ]);
  rows.push([
    'time to interactive login',
    dist(r.renderer.timeToInteractiveMs),
    'cold loads, Chromium',
  ]);
  rows.push([
    'client overhead of a login',
    dist(r.login.clientOverheadMs),
    r.login.skipped ? skip(r.login.skipped) : 'minus service time',
  ]);
  const s = r.storm;
  rows.push([
    'storm logins/s (capacity)',
    fmt(s.loginsPerSecond, '/s'),
    `peer (Keycloak sizing) ${s.peerPerSecond}/s ${skip(s.skipped)}`,
  ]);
  rows.push([
    'argon2id bound',
    fmt(s.argon2BoundPerSecond, ' verifications/s'),
    `same params, same cores; best of ${(s.argon2BoundSamplesPerSecond ?? []).join(' and ') || 'one sample'}`,
  ]);
  rows.push([
    'storm efficiency',
    s.efficiency === null ? 'n/a' : `${fmt(s.efficiency * 100, ' %')} of bound`,
    'goal ≥ 85 %',
  ]);
  rows.push([
    'storm latency (sustained)',
    `p50 ${fmt(s.p50Ms, ' ms')}  p95 ${fmt(s.p95Ms, ' ms')}  p99 ${fmt(s.p99Ms, ' ms')}`,
    s.sustained ? `${s.sustained.logins} logins at ${fmt(s.sustained.offeredPerSecond, '/s')}` : '',
  ]);
  if (s.burst) {
    rows.push([
      'storm burst',
      `${fmt(s.burst.achievedPerSecond, '/s')}  p50 ${fmt(s.burst.latencyMs.p50, ' ms')}  p99 ${fmt(s.burst.latencyMs.p99, ' ms')}`,
      `${s.burst.logins} at once`,
    ]);
  }
  rows.push(['storm errors', fmt(s.errors, '', 0), 'must be 0']);
  rows.push(['service peak RSS', fmt(s.peakRssMb, ' MB'), 'VmHWM of the service process']);
  const h = r.deviceHello;
  rows.push([
    'device hello',
    `${fmt(h.roundTripsPerSecond, '/s')}  ${dist(h.latencyMs)}`,
    `${h.concurrency} devices, errors ${fmt(h.errors, '', 0)} ${skip(h.skipped)}`,
  ]);
  const w0 = Math.max(...rows.map((row) => row[0].length));
  const w1 = Math.max(...rows.map((row) => row[1].length));
  const lines = rows.map(([a, b, c]) => `${a.padEnd(w0)}  ${b.padEnd(w1)}  ${c}`.trimEnd());
  const header = `machine: ${r.machineLine}${r.quick ? '  [--quick: smoke run, not a measurement]' : ''}`;
  return [header, '-'.repeat(Math.min(120, header.length)), ...lines].join('\n');
}
