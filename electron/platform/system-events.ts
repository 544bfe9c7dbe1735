/** Idle time, screen lock and suspend from Electron's powerMonitor. */
import { powerMonitor } from 'electron';
import type { SystemEvent, SystemEventsPort } from '../core/ports';

export function createElectronSystemEvents(): SystemEventsPort {
  return {
    idleSeconds: () => powerMonitor.getSystemIdleTime(),
    on(event: SystemEvent, listener: () => void) {
      // Separate calls: Electron types each event name with its own overload.
      if (event === 'lock-screen') powerMonitor.on('lock-screen', listener);
      else powerMonitor.on('suspend', listener);
      return () => {
        if (event === 'lock-screen') powerMonitor.off('lock-screen', listener);
        else powerMonitor.off('suspend', listener);
      };
    },
  };
}
