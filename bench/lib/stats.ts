/**
 * The arithmetic every figure goes through, kept pure so it is unit-tested (test/bench/). A
 * figure is only as honest as its percentile definition, so there is exactly one here.
 */

export interface Summary {
  n: number;
  min: number;
  p50: number;
  p95: number;
  p99: number;
  max: number;
  mean: number;
}

/**
 * Nearest-rank percentile (the smallest value with at least p % of the samples at or below
 * it): always a value that was actually observed, never an interpolation between two runs.
 */
export function percentile(values: readonly number[], p: number): number {
  if (values.length === 0) return Number.NaN;
  if (!(p >= 0 && p <= 100)) throw new RangeError(`percentile ${p} is outside 0..100`);
  const sorted = [...values].sort((a, b) => a - b);
  const rank = Math.max(1, Math.ceil((p / 100) * sorted.length));
  return sorted[rank - 1] as number;
}

export function summarise(values: readonly number[]): Summary {
  if (values.length === 0) {
    return { n: 0, min: NaN, p50: NaN, p95: NaN, p99: NaN, max: NaN, mean: NaN };
  }
  let min = Infinity;
  let max = -Infinity;
  let sum = 0;
  for (const v of values) {
    if (v < min) min = v;
    if (v > max) max = v;
    sum += v;
  }
  return {
    n: values.length,
    min,
    p50: percentile(values, 50),
    p95: percentile(values, 95),
    p99: percentile(values, 99),
    max,
    mean: sum / values.length,
  };
}

/** Completed operations per second over a wall-clock span in milliseconds. */
export function ratePerSecond(count: number, elapsedMs: number): number {
  if (!(elapsedMs > 0)) return 0;
  return count / (elapsedMs / 1000);
}

/**
 * The storm's share of what the hardware can do at all: logins/s ÷ argon2id verifications/s.
 * 1.0 means every core-second went into password hashing, the floor cost of a password login.
 */
export function efficiency(loginsPerSecond: number, boundPerSecond: number): number {
  if (!(boundPerSecond > 0) || !Number.isFinite(loginsPerSecond)) return Number.NaN;
  return loginsPerSecond / boundPerSecond;
}

/** Rounds for the JSON and the table; NaN stays NaN (JSON.stringify makes it null). */
export function round(value: number, digits = 1): number {
  if (!Number.isFinite(value)) return value;
  const f = 10 ** digits;
  return Math.round(value * f) / f;
}

/** A Summary with every field rounded, for output. */
export function roundSummary(s: Summary, digits = 1): Summary {
  return {
    n: s.n,
    min: round(s.min, digits),
    p50: round(s.p50, digits),
    p95: round(s.p95, digits),
    p99: round(s.p99, digits),
    max: round(s.max, digits),
    mean: round(s.mean, digits),
  };
}
