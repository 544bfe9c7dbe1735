/** A clock tests own: the service reads `now`, the test moves it. */
export interface TestClock {
  now: () => Date;
  advance(ms: number): void;
  advanceSeconds(seconds: number): void;
  set(date: Date): void;
}

export function createTestClock(start: Date = new Date()): TestClock {
  let t = start.getTime();
  return {
    now: () => new Date(t),
    advance(ms) {
      t += ms;
    },
    advanceSeconds(seconds) {
      t += seconds * 1000;
    },
    set(date) {
      t = date.getTime();
    },
  };
}
