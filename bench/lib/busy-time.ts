/**
 * How long the service was busy inside a window of time: the union of its request intervals
 * (start of the request to the end of the response) clipped to the window. A union, not a
 * sum, so two overlapping requests are not subtracted twice from the client's time.
 */
export interface Interval {
  start: number;
  end: number;
}

export function busyWithin(intervals: readonly Interval[], from: number, to: number): number {
  const clipped = intervals
    .map((i) => ({ start: Math.max(i.start, from), end: Math.min(i.end, to) }))
    .filter((i) => i.end > i.start)
    .sort((a, b) => a.start - b.start);
  let total = 0;
  let current: Interval | null = null;
  for (const i of clipped) {
    if (current && i.start <= current.end) {
      current.end = Math.max(current.end, i.end);
    } else {
      if (current) total += current.end - current.start;
      current = { ...i };
    }
  }
  if (current) total += current.end - current.start;
  return total;
}
