/**
 * The benchmark's pure helpers (bench/lib, bench/storm/samples): the arithmetic and the result
 * shape every published figure goes through. No timing is asserted anywhere here.
 */
import { describe, expect, it } from 'vitest';
import { busyWithin } from '../../bench/lib/busy-time';
import { parseProcStatus } from '../../bench/lib/proc';
import { missingKeys, readPath, REQUIRED_KEYS } from '../../bench/lib/result';
import { renderTable } from '../../bench/lib/table';
import { efficiency, percentile, ratePerSecond, round, summarise } from '../../bench/lib/stats';
import { figuresOf } from '../../bench/storm/samples';
import { chartPhases, niceCeiling, stormChartSvg } from '../../bench/report/chart';
import { END_MARKER, spliceFigures, START_MARKER } from '../../bench/report/figures';

describe('percentile (nearest rank)', () => {
  const hundred = Array.from({ length: 100 }, (_, i) => 100 - i); // 100..1, unsorted

  it('returns observed values: p50, p95, p99 of 1..100 are 50, 95, 99', () => {
    expect(percentile(hundred, 50)).toBe(50);
    expect(percentile(hundred, 95)).toBe(95);
    expect(percentile(hundred, 99)).toBe(99);
    expect(percentile(hundred, 100)).toBe(100);
    expect(percentile(hundred, 0)).toBe(1);
  });

  it('does not interpolate between two samples', () => {
    expect(percentile([10, 20], 50)).toBe(10);
    expect(percentile([10, 20], 51)).toBe(20);
  });

  it('is NaN without samples and refuses a percentile outside 0..100', () => {
    expect(percentile([], 50)).toBeNaN();
    expect(() => percentile([1], 101)).toThrow(RangeError);
  });

  it('leaves the caller’s array in its order', () => {
    const values = [3, 1, 2];
    percentile(values, 50);
    expect(values).toEqual([3, 1, 2]);
  });
});

describe('summarise, rates and efficiency', () => {
  it('summarises min, max, mean and the percentiles', () => {
    expect(summarise([4, 1, 3, 2])).toEqual({
      n: 4,
      min: 1,
      p50: 2,
      p95: 4,
      p99: 4,
      max: 4,
      mean: 2.5,
    });
    expect(summarise([]).n).toBe(0);
  });

  it('turns a count and milliseconds into a rate per second', () => {
    expect(ratePerSecond(50, 2000)).toBe(25);
    expect(ratePerSecond(5, 0)).toBe(0);
  });

  it('efficiency is logins/s over the argon2id bound, NaN without a bound', () => {
    expect(efficiency(34, 40)).toBeCloseTo(0.85);
    expect(efficiency(10, 0)).toBeNaN();
    expect(round(efficiency(2, 3), 3)).toBe(0.667);
  });
});

describe('figures of a phase', () => {
  it('counts errors by kind, rates only successes, and measures latency from the due time', () => {
    const f = figuresOf([
      { startMs: 0, endMs: 100, ok: true, newDevice: true },
      { startMs: 500, endMs: 800, ok: true },
      { startMs: 1000, endMs: 2000, ok: false, error: 'login 429 rate_limited' },
      { startMs: 1000, endMs: 1500, ok: false, error: 'login 429 rate_limited' },
    ]);
    expect(f.count).toBe(4);
    expect(f.newDevice).toBe(1);
    expect(f.errors).toBe(2);
    expect(f.errorKinds).toEqual({ 'login 429 rate_limited': 2 });
    expect(f.elapsedMs).toBe(2000);
    expect(f.perSecond).toBe(1);
    expect(f.latencyMs.p50).toBe(100);
    expect(f.latencyMs.max).toBe(300);
  });

  it('is empty, not broken, without samples', () => {
    const f = figuresOf([]);
    expect(f).toMatchObject({ count: 0, errors: 0, elapsedMs: 0, perSecond: 0 });
  });
});

describe('the result file', () => {
  const complete = {
    machine: { cpuModel: 'x', cores: 2, node: 'v20' },
    renderer: { jsGzipBytes: 1, timeToInteractiveMs: { p50: 1 } },
    login: { clientOverheadMs: null },
    storm: {
      loginsPerSecond: 1,
      p99Ms: 1,
      errors: 0,
      argon2BoundPerSecond: 1,
      efficiency: 1,
      peakRssMb: 1,
    },
  };

  it('names every key issue 8 asks for', () => {
    expect(REQUIRED_KEYS).toEqual(
      expect.arrayContaining([
        'renderer.jsGzipBytes',
        'renderer.timeToInteractiveMs.p50',
        'login.clientOverheadMs.p50',
        'storm.loginsPerSecond',
        'storm.p99Ms',
        'storm.errors',
        'storm.argon2BoundPerSecond',
        'storm.efficiency',
        'storm.peakRssMb',
      ]),
    );
  });

  it('accepts null for a section that could not run, but not a missing key', () => {
    expect(missingKeys(complete)).toEqual([]);
    expect(readPath(complete, 'login.clientOverheadMs.p50')).toBeNull();
    const lacking = { ...complete, storm: { ...complete.storm, efficiency: undefined } };
    expect(missingKeys(lacking)).toEqual(['storm.efficiency']);
    expect(missingKeys({})).toHaveLength(REQUIRED_KEYS.length);
  });

  it('prints n/a, not NaN or a crash, for figures that were not measured', () => {
    const table = renderTable({
      schemaVersion: 1,
      generatedAt: '2026-01-01T00:00:00Z',
      quick: true,
      durationSeconds: 1,
      machine: {
        cpuModel: 'x',
        cores: 2,
        memoryGb: 1,
        node: 'v20',
        os: 'linux',
        loadAverage1m: 0,
        uvThreadpoolSize: 4,
      },
      machineLine: 'x, 2 cores',
      renderer: {
        jsBytes: null,
        jsGzipBytes: null,
        cssBytes: null,
        cssGzipBytes: null,
        files: [],
        timeToInteractiveMs: null,
        method: '',
      },
      login: {
        clientOverheadMs: null,
        totalMs: null,
        serviceMs: null,
        method: '',
        skipped: 'no shell',
      },
      storm: {
        users: 0,
        threadpoolSize: 4,
        loginsPerSecond: null,
        p50Ms: null,
        p95Ms: null,
        p99Ms: null,
        errors: null,
        argon2BoundPerSecond: null,
        efficiency: null,
        peakRssMb: null,
        peerPerSecond: 30,
        peerSource: '',
        rateLimits: '',
        sustained: null,
        burst: null,
        steps: [],
      },
      deviceHello: { roundTripsPerSecond: null, latencyMs: null, errors: null, concurrency: 0 },
    });
    expect(table).toMatch(/^machine: x, 2 cores/);
    expect(table).toContain('skipped: no shell');
    expect(table).not.toMatch(/NaN|undefined/);
  });
});

describe('reading another process’s memory', () => {
  it('takes VmRSS and VmHWM from /proc/<pid>/status in MB', () => {
    const status = 'Name:\tnode\nVmHWM:\t  204800 kB\nVmRSS:\t  102400 kB\n';
    expect(parseProcStatus(status)).toEqual({ rssMb: 100, peakRssMb: 200 });
    expect(parseProcStatus('Name:\tkthreadd\n')).toBeNull();
  });
});

describe('service busy time inside a window', () => {
  it('takes the union of overlapping requests, clipped to the window', () => {
    const requests = [
      { start: 0, end: 10 }, // before the window: clipped to 5..10
      { start: 20, end: 40 },
      { start: 30, end: 50 }, // overlaps the previous: counted once
      { start: 90, end: 200 }, // after the window ends at 100
    ];
    expect(busyWithin(requests, 5, 100)).toBe(5 + 30 + 10);
    expect(busyWithin([], 0, 100)).toBe(0);
    expect(busyWithin(requests, 60, 80)).toBe(0);
  });
});

describe('the report', () => {
  const phase = (name: string, offered: number | null, achieved: number) => ({
    name,
    offeredPerSecond: offered,
    logins: 10,
    newDeviceLogins: 0,
    errors: 0,
    errorKinds: {},
    elapsedMs: 1000,
    achievedPerSecond: achieved,
    latencyMs: { n: 10, min: 1, p50: 2, p95: 3, p99: 4, max: 5, mean: 2 },
    peakRssMb: 100,
    serviceCpuPercent: 100,
    clientCpuPercent: 10,
    eventLoopDelayP99Ms: 1,
    serviceCpuMsPerLogin: 30,
    clientCpuMsPerLogin: 3,
  });
  const storm = {
    users: 10,
    threadpoolSize: 4,
    loginsPerSecond: 9,
    p50Ms: 2,
    p95Ms: 3,
    p99Ms: 4,
    errors: 0,
    argon2BoundPerSecond: 10,
    efficiency: 0.9,
    peakRssMb: 100,
    peerPerSecond: 30,
    peerSource: '',
    rateLimits: '',
    sustained: phase('sustained', 5, 5),
    burst: phase('burst', null, 9),
    steps: [phase('step 1x', 10, 9), phase('step 0.5x', 5, 5)],
  };

  it('charts the phases with an offered rate, in order, without NaN', () => {
    expect(chartPhases(storm).map((p) => p.name)).toEqual(['step 0.5x', 'sustained', 'step 1x']);
    const svg = stormChartSvg(storm, 'caption <&>');
    expect(svg.startsWith('<svg')).toBe(true);
    expect(svg).toContain('caption &lt;&amp;&gt;');
    expect(svg).not.toContain('NaN');
    expect(svg.match(/<circle/g)).toHaveLength(3 * 4); // throughput + p50, p95, p99
  });

  it('rounds axes up to 1, 2, 2.5 or 5 times a power of ten', () => {
    expect(niceCeiling(13.4)).toBe(20);
    expect(niceCeiling(21)).toBe(25);
    expect(niceCeiling(0)).toBe(1);
  });

  it('replaces only the generated block of the document, or appends it', () => {
    const doc = `# P\nprose\n${START_MARKER}\nold\n${END_MARKER}\nmore prose\n`;
    const next = spliceFigures(doc, `${START_MARKER}\nnew\n${END_MARKER}`);
    expect(next).toBe(`# P\nprose\n${START_MARKER}\nnew\n${END_MARKER}\nmore prose\n`);
    expect(spliceFigures('# P\n', 'block')).toBe('# P\n\nblock\n');
  });
});
