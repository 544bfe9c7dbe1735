/** The client's log: one JSON line per entry on stderr and in the user data folder. The core
 * passes plain fields only; secrets never reach it. */
import { appendFileSync, mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { Logger } from '../core/ports';

export function createLogger(file: string | null): Logger {
  if (file) mkdirSync(dirname(file), { recursive: true });
  const write = (level: string, message: string, fields?: Record<string, unknown>) => {
    const line = JSON.stringify({ time: new Date().toISOString(), level, message, ...fields });
    process.stderr.write(line + '\n');
    if (file) {
      try {
        appendFileSync(file, line + '\n');
      } catch {
        // A full disk must not take the login down with it.
      }
    }
  };
  return {
    info: (m, f) => write('info', m, f),
    warn: (m, f) => write('warn', m, f),
    error: (m, f) => write('error', m, f),
  };
}
