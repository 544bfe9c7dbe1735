/**
 * The whole client in the browser shell: the real controller (electron/core) in Node, wired to
 * the Playwright ports, with the real renderer build in a Chromium page. `restart()` is a new
 * start of the app on the same device: same keychain, same preferences file.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { Browser, Page } from 'playwright-core';
import { defaultConfig, type Config, type Mode } from '../../shared/config/schema';
import { createClientController, type ClientController } from '../../electron/core/controller';
import type { EffectiveConfig } from '../../electron/core/config/types';
import type {
  Clock,
  Layout,
  Logger,
  PreferencesStore,
  SecretStore,
} from '../../electron/core/ports';
import { KEYCHAIN_SERVICE } from '../../electron/core/device/key-store';
import { trackContext } from './artifacts';
import { createAuthWindowPort, type PlaywrightAuthWindowPort } from './auth-window';
import { createFilePreferences } from './preferences';
import { createRendererShell, type RendererShell } from './shell';
import { createKeytarSecretStore } from './secret-store';
import { createSystemBrowser, type PlaywrightSystemBrowser } from './system-browser';
import { ScriptedSystemEvents } from './system-events';
import { createWebWindowPort, type PlaywrightWebWindowPort } from './web-window';

export interface LogLine {
  level: 'info' | 'warn' | 'error';
  message: string;
  fields?: Record<string, unknown>;
}

export interface BrowserClientOptions {
  browser: Browser;
  rendererUrl: string;
  serverUrl: string;
  mode?: Mode;
  /** Overrides of the effective configuration (as development flags would give them). */
  config?: Partial<Config>;
  clock?: Clock;
  secrets?: SecretStore;
  /** The keytar service name (the app's is "Aurora teleQ"); tests give each device its own. */
  keychainService?: string;
  /** A folder standing in for the device's user data (preferences) and Downloads. */
  deviceDir?: string;
  bypassWebCsp?: boolean;
  headless?: boolean;
  onLayout?: (layout: Layout) => void;
  /** Called with every client started from these options (restarts included). */
  track?: (client: BrowserClient) => void;
  /** Print the client's log to the console (preview). */
  echoLog?: boolean;
}

export interface BrowserClient {
  page: Page;
  controller: ClientController;
  shell: RendererShell;
  web: PlaywrightWebWindowPort;
  auth: PlaywrightAuthWindowPort;
  systemBrowser: PlaywrightSystemBrowser;
  system: ScriptedSystemEvents;
  config: Config;
  log: LogLine[];
  deviceDir: string;
  downloadsDir: string;
  keychainService: string;
  /** Everything the client logged, as one text (to look for leaked secrets). */
  logText(): string;
  /** Quit the app (logging out as quitting does) and start it again on the same device. */
  restart(overrides?: Partial<BrowserClientOptions>): Promise<BrowserClient>;
  close(options?: { keepDevice?: boolean }): Promise<void>;
}

export function effectiveConfig(
  serverUrl: string,
  mode: Mode,
  overrides: Partial<Config>,
): EffectiveConfig {
  const config: Config = { ...defaultConfig(mode), serverUrl, language: 'en', ...overrides };
  const sources = Object.fromEntries(
    Object.keys(config).map((k) => [k, 'flag']),
  ) as EffectiveConfig['sources'];
  return { config, sources, problems: [], notices: [] };
}

export async function startBrowserClient(options: BrowserClientOptions): Promise<BrowserClient> {
  const mode = options.mode ?? 'workstation';
  const deviceDir = options.deviceDir ?? mkdtempSync(join(tmpdir(), 'teleq-device-'));
  const downloadsDir = join(deviceDir, 'Downloads');
  const { mkdirSync } = await import('node:fs');
  mkdirSync(downloadsDir, { recursive: true });
  const effective = effectiveConfig(options.serverUrl, mode, options.config ?? {});
  const log: LogLine[] = [];
  const logger: Logger = {
    info: (message, fields) => record('info', message, fields),
    warn: (message, fields) => record('warn', message, fields),
    error: (message, fields) => record('error', message, fields),
  };
  function record(level: LogLine['level'], message: string, fields?: Record<string, unknown>) {
    log.push({ level, message, ...(fields ? { fields } : {}) });
    if (options.echoLog)
      console.log(`[client ${level}] ${message}${fields ? ' ' + JSON.stringify(fields) : ''}`);
  }

  const rendererContext = await options.browser.newContext({
    viewport: { width: 1024, height: 768 },
  });
  trackContext(rendererContext, 'renderer');
  const holder: { controller?: ClientController } = {};
  const shell = await createRendererShell({
    context: rendererContext,
    rendererUrl: options.rendererUrl,
    controller: () => holder.controller as ClientController,
    ...(options.onLayout ? { onLayout: options.onLayout } : {}),
  });
  const web = createWebWindowPort({
    browser: options.browser,
    downloadsDir,
    bypassCSP: options.bypassWebCsp ?? false,
  });
  const auth = createAuthWindowPort(options.browser);
  const systemBrowser = createSystemBrowser(options.browser);
  const system = new ScriptedSystemEvents();
  const secrets = options.secrets ?? createKeytarSecretStore(options.keychainService);
  const preferences: PreferencesStore = createFilePreferences(join(deviceDir, 'preferences.json'));

  const controller = createClientController({
    config: effective,
    fetch: globalThis.fetch,
    ports: {
      secrets,
      preferences,
      webWindow: web,
      authWindow: auth,
      browser: systemBrowser,
      system,
      shell,
    },
    log: logger,
    ...(options.clock ? { clock: options.clock } : {}),
    systemLocale: 'en-GB',
  });
  holder.controller = controller;
  await controller.start();
  await shell.page.goto(options.rendererUrl);

  let closed = false;
  const client: BrowserClient = {
    page: shell.page,
    controller,
    shell,
    web,
    auth,
    systemBrowser,
    system,
    config: effective.config,
    log,
    deviceDir,
    downloadsDir,
    keychainService: options.keychainService ?? KEYCHAIN_SERVICE,
    logText: () => log.map((l) => `${l.message} ${JSON.stringify(l.fields ?? {})}`).join('\n'),
    async restart(overrides = {}) {
      await client.close({ keepDevice: true });
      return startBrowserClient({ ...options, deviceDir, ...overrides });
    },
    async close({ keepDevice = false } = {}) {
      if (closed) return;
      closed = true;
      await controller.dispose().catch(() => undefined);
      for (const w of web.windows) await w.close();
      await systemBrowser.close();
      await rendererContext.close().catch(() => undefined);
      if (!keepDevice && !options.deviceDir) rmSync(deviceDir, { recursive: true, force: true });
    },
  };
  options.track?.(client);
  return client;
}
