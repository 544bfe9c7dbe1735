/**
 * Idle logout for shared terminals (DESIGN.md section 8): after `timeoutSeconds` without input
 * the session ends, and for the last `warningSeconds` a countdown is shown so that the person at
 * the terminal can press "continue". Input is measured by the OS (powerMonitor), and "continue"
 * restarts the count even where the OS has not seen the click (the browser shell).
 */
import type { Clock, SystemEventsPort } from '../ports';

export interface IdleMonitorOptions {
  timeoutSeconds: number;
  warningSeconds: number;
  system: Pick<SystemEventsPort, 'idleSeconds'>;
  clock: Clock;
  onWarning(secondsLeft: number): void;
  onCleared(): void;
  onTimeout(): void;
  /** How often the OS idle time is sampled. */
  tickMs?: number;
}

export class IdleMonitor {
  private cancelTimer: (() => void) | null = null;
  private warning = false;
  private done = false;
  private restartedAt: number;

  constructor(private readonly options: IdleMonitorOptions) {
    this.restartedAt = options.clock.now();
  }

  start(): void {
    if (this.options.timeoutSeconds <= 0) return;
    this.schedule();
  }

  /** "Continue" on the warning: count again from now. */
  continue(): void {
    this.restartedAt = this.options.clock.now();
    this.tick(false);
  }

  stop(): void {
    this.done = true;
    this.cancelTimer?.();
    this.cancelTimer = null;
  }

  /** Seconds of inactivity as the monitor counts them. */
  idleSeconds(): number {
    const sinceRestart = Math.floor((this.options.clock.now() - this.restartedAt) / 1000);
    return Math.min(this.options.system.idleSeconds(), sinceRestart);
  }

  private schedule(): void {
    if (this.done) return;
    this.cancelTimer = this.options.clock.setTimer(this.options.tickMs ?? 1000, () =>
      this.tick(true),
    );
  }

  private tick(reschedule: boolean): void {
    if (this.done) return;
    const { timeoutSeconds, warningSeconds } = this.options;
    const idle = this.idleSeconds();
    const left = timeoutSeconds - idle;
    if (left <= 0) {
      this.stop();
      this.options.onTimeout();
      return;
    }
    if (left <= warningSeconds) {
      this.warning = true;
      this.options.onWarning(left);
    } else if (this.warning) {
      this.warning = false;
      this.options.onCleared();
    }
    if (reschedule) this.schedule();
  }
}
