/** The operating system as the tests drive it: idle time, screen lock and suspend on demand. */
import type { SystemEvent, SystemEventsPort } from '../../electron/core/ports';

export class ScriptedSystemEvents implements SystemEventsPort {
  /** Seconds since the last input "anywhere on the system"; tests set it. */
  idle = 0;
  private readonly listeners = new Map<SystemEvent, Set<() => void>>();

  idleSeconds(): number {
    return this.idle;
  }

  on(event: SystemEvent, listener: () => void): () => void {
    const set = this.listeners.get(event) ?? new Set();
    set.add(listener);
    this.listeners.set(event, set);
    return () => set.delete(listener);
  }

  emit(event: SystemEvent): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }
}
