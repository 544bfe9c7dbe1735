/**
 * In-memory ports for core tests: they record what the core asked for and let a test play the
 * platform's part (navigate the web window, crash it, lock the screen, finish an SSO round).
 */
import type { TeleqEvent } from '../../../shared/bridge/contract';
import type {
  AuthWindowOptions,
  AuthWindowResult,
  Layout,
  Logger,
  Ports,
  Preferences,
  SecretStore,
  SecretStoreResult,
  SystemEvent,
  WebWindowOptions,
} from '../ports';

export class MemorySecretStore implements SecretStore {
  readonly entries = new Map<string, string>();
  /** Set to make every call fail as a broken keychain would. */
  failure: Extract<SecretStoreResult<never>, { ok: false }> | null = null;

  async get(account: string): Promise<SecretStoreResult<string | null>> {
    return this.failure ?? { ok: true, value: this.entries.get(account) ?? null };
  }
  async set(account: string, value: string): Promise<SecretStoreResult<void>> {
    if (this.failure) return this.failure;
    this.entries.set(account, value);
    return { ok: true, value: undefined };
  }
  async delete(account: string): Promise<SecretStoreResult<void>> {
    if (this.failure) return this.failure;
    this.entries.delete(account);
    return { ok: true, value: undefined };
  }
}

export interface OpenWebWindow {
  options: WebWindowOptions;
  closed: boolean;
}

export class FakePorts {
  readonly secrets = new MemorySecretStore();
  prefs: Preferences = {};
  readonly events: TeleqEvent[] = [];
  readonly layouts: Layout[] = [];
  readonly external: string[] = [];
  readonly webWindows: OpenWebWindow[] = [];
  readonly logLines: Array<{ level: string; message: string; fields?: Record<string, unknown> }> =
    [];
  idle = 0;
  focused = 0;
  private listeners = new Map<SystemEvent, Set<() => void>>();
  /** Plays the embedded SSO window; default: the user closes it. */
  authWindow: (options: AuthWindowOptions) => Promise<AuthWindowResult> = async () => ({
    kind: 'cancelled',
  });
  /** Plays the system browser; default: records the URL only. */
  browse: (url: string) => Promise<void> = async () => undefined;

  readonly log: Logger = {
    info: (message, fields) => this.logLines.push({ level: 'info', message, fields }),
    warn: (message, fields) => this.logLines.push({ level: 'warn', message, fields }),
    error: (message, fields) => this.logLines.push({ level: 'error', message, fields }),
  };

  readonly ports: Ports = {
    secrets: this.secrets,
    preferences: {
      read: async () => ({ ...this.prefs }),
      write: async (p) => {
        this.prefs = { ...p };
      },
    },
    webWindow: {
      open: async (options) => {
        const entry: OpenWebWindow = { options, closed: false };
        this.webWindows.push(entry);
        return {
          close: async () => {
            entry.closed = true;
          },
        };
      },
    },
    authWindow: { open: (options) => this.authWindow(options) },
    browser: {
      openExternal: async (url) => {
        this.external.push(url);
        await this.browse(url);
      },
    },
    system: {
      idleSeconds: () => this.idle,
      on: (event, listener) => {
        const set = this.listeners.get(event) ?? new Set();
        set.add(listener);
        this.listeners.set(event, set);
        return () => set.delete(listener);
      },
    },
    shell: {
      send: (event) => this.events.push(event),
      setLayout: (layout) => this.layouts.push(layout),
      focus: () => {
        this.focused++;
      },
    },
  };

  emit(event: SystemEvent): void {
    for (const listener of this.listeners.get(event) ?? []) listener();
  }

  get web(): OpenWebWindow | undefined {
    return this.webWindows.at(-1);
  }

  eventsOf<T extends TeleqEvent['type']>(type: T): Extract<TeleqEvent, { type: T }>[] {
    return this.events.filter((e): e is Extract<TeleqEvent, { type: T }> => e.type === type);
  }
}
