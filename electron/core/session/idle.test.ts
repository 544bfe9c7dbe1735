import { describe, expect, it } from 'vitest';
import { ManualClock } from '../manual-clock';
import { IdleMonitor } from './idle';

function setup(timeoutSeconds = 300, warningSeconds = 60) {
  const clock = new ManualClock();
  let systemIdle = 0;
  const events: string[] = [];
  const monitor = new IdleMonitor({
    timeoutSeconds,
    warningSeconds,
    clock,
    system: { idleSeconds: () => systemIdle },
    onWarning: (left) => events.push(`warning ${left}`),
    onCleared: () => events.push('cleared'),
    onTimeout: () => events.push('timeout'),
  });
  monitor.start();
  /** Nobody touches anything for `s` seconds. */
  const idleFor = (s: number) => {
    for (let i = 0; i < s; i++) {
      systemIdle++;
      clock.advance(1000);
    }
  };
  const userActs = () => {
    systemIdle = 0;
  };
  return { clock, monitor, events, idleFor, userActs };
}

describe('idle logout with a countdown (shared terminal)', () => {
  it('warns for the last 60 seconds, counting down, then logs out', () => {
    const { events, idleFor } = setup();
    idleFor(239);
    expect(events).toEqual([]);
    idleFor(1);
    expect(events).toEqual(['warning 60']);
    idleFor(59);
    expect(events.at(-1)).toBe('warning 1');
    expect(events).toHaveLength(60);
    idleFor(1);
    expect(events.at(-1)).toBe('timeout');
  });

  it('"continue" clears the warning and starts the count again', () => {
    const { events, idleFor, monitor } = setup();
    idleFor(250);
    expect(events.at(-1)).toBe('warning 50');
    monitor.continue();
    expect(events.at(-1)).toBe('cleared');
    idleFor(239);
    expect(events.at(-1)).toBe('cleared');
    idleFor(1);
    expect(events.at(-1)).toBe('warning 60');
  });

  it('input seen by the operating system clears the warning too', () => {
    const { events, idleFor, userActs } = setup();
    idleFor(270);
    userActs();
    idleFor(1);
    expect(events.at(-1)).toBe('cleared');
    expect(events).not.toContain('timeout');
  });

  it('logs out once, and nothing happens after stop()', () => {
    const { events, idleFor, monitor, clock } = setup(120, 30);
    idleFor(200);
    expect(events.filter((e) => e === 'timeout')).toHaveLength(1);
    monitor.stop();
    expect(clock.pending()).toBe(0);
  });

  it('is off when the timeout is 0 (workstation default)', () => {
    const { events, idleFor, clock } = setup(0, 60);
    idleFor(10_000);
    expect(events).toEqual([]);
    expect(clock.pending()).toBe(0);
  });
});
