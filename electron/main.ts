/**
 * The composition root (DESIGN.md section 2): the only place that wires the Electron adapters
 * into the core. Order matters: command-line modes (shortcut migration, --print-config) run
 * and exit before any window exists; then the single-instance lock; then the app.
 * Bundled to dist/electron/main.cjs by scripts/build-electron.ts.
 */
import { join } from 'node:path';
import { Menu, app, net, shell as electronShell, type BrowserWindow } from 'electron';
import { isAdminExitChord } from './core/admin-chord';
import { APP_ENTRY } from './core/app-scheme';
import { loadConfig } from './core/config/load';
import { formatEffectiveConfig } from './core/config/print';
import { createClientController, type ClientController } from './core/controller';
import type { Ports } from './core/ports';
import { isMigrateShortcutsInvocation, runMigrateShortcutsCli } from './core/shortcuts/cli';
import { AppShell } from './platform/app-shell';
import { createElectronAuthWindowPort } from './platform/auth-window';
import { guardAllWebContents } from './platform/guard-web-contents';
import { registerIpc } from './platform/ipc';
import { createKeychainStore } from './platform/keychain';
import { createLogger } from './platform/logger';
import { createFilePreferences } from './platform/preferences';
import { registerAppSchemePrivileges, serveAppScheme } from './platform/protocol';
import { readPolicy } from './platform/registry';
import { createElectronSystemEvents } from './platform/system-events';
import { createElectronWebWindowPort } from './platform/web-window';
import { createAppWindow } from './platform/window-factory';

const argv = process.argv.slice(1);

async function runCommandLineMode(): Promise<boolean> {
  if (isMigrateShortcutsInvocation(argv)) {
    const code = await runMigrateShortcutsCli(argv, process.env, {
      stdout: (line) => process.stdout.write(line + '\n'),
      stderr: (line) => process.stderr.write(line + '\n'),
    });
    app.exit(code);
    return true;
  }
  if (argv.includes('--print-config')) {
    const { effective, configFile } = loadConfig({
      argv,
      policy: readPolicy(),
      flagsOverridePolicy: !app.isPackaged,
    });
    process.stdout.write(formatEffectiveConfig(effective, configFile));
    app.exit(0);
    return true;
  }
  return false;
}

function startApp(): void {
  if (!app.requestSingleInstanceLock()) {
    app.quit();
    return;
  }
  const log = createLogger(join(app.getPath('userData'), 'logs', 'client.log'));
  const { effective } = loadConfig({
    argv,
    policy: readPolicy(),
    flagsOverridePolicy: !app.isPackaged,
  });
  const config = effective.config;
  for (const problem of effective.problems) log.warn('configuration', { ...problem });
  log.info('starting', {
    serverUrl: config.serverUrl,
    mode: config.mode,
    sources: effective.sources,
  });

  registerAppSchemePrivileges();
  const kiosk = config.mode === 'shared-terminal';
  let window: BrowserWindow | null = null;
  let controller: ClientController | null = null;
  let quitting = false;

  const requestQuit = () => {
    quitting = true;
    app.quit();
  };

  guardAllWebContents(config.allowDevTools, (contents) => {
    contents.on('before-input-event', (event, input) => {
      if (kiosk && isAdminExitChord(input)) {
        event.preventDefault();
        log.info('admin exit chord');
        requestQuit();
      }
    });
  });

  app.on('second-instance', () => {
    if (!window) return;
    if (window.isMinimized()) window.restore();
    window.focus();
  });

  app
    .whenReady()
    .then(async () => {
      Menu.setApplicationMenu(config.allowDevTools ? Menu.getApplicationMenu() : null);
      serveAppScheme(join(__dirname, '..', 'renderer'));

      const appWindow = createAppWindow({
        preload: join(__dirname, 'preload.cjs'),
        kiosk,
        devTools: config.allowDevTools,
        title: 'Aurora teleQ',
      });
      window = appWindow;
      const shell = new AppShell(appWindow);
      const ports: Ports = {
        secrets: createKeychainStore(),
        preferences: createFilePreferences(join(app.getPath('userData'), 'preferences.json')),
        webWindow: createElectronWebWindowPort({
          window: () => window,
          devTools: config.allowDevTools,
          attach: (view) => shell.attach(view),
          detach: (view) => shell.detach(view),
        }),
        authWindow: createElectronAuthWindowPort(() => window),
        browser: {
          // Reached only after the navigation policy chose the system browser (http/https).
          openExternal: (url) => electronShell.openExternal(url),
        },
        system: createElectronSystemEvents(),
        shell,
      };
      controller = createClientController({
        config: effective,
        // Through Chromium's network stack: system proxy and OS certificate store apply.
        fetch: ((input: string | Request, init?: RequestInit) =>
          net.fetch(input, init)) as typeof fetch,
        ports,
        log,
        systemLocale: app.getLocale(),
      });
      registerIpc(
        controller,
        () => (window && !window.isDestroyed() ? window.webContents : null),
        log,
      );

      appWindow.on('close', (event) => {
        // A shared terminal is not closed by the person at it; only the admin chord quits.
        if (kiosk && !quitting) event.preventDefault();
      });
      appWindow.on('closed', () => {
        window = null;
      });
      appWindow.once('ready-to-show', () => {
        if (!kiosk) appWindow.maximize();
        appWindow.show();
      });
      await controller.start();
      await appWindow.loadURL(APP_ENTRY);
    })
    .catch((error: unknown) => {
      log.error('start-up failed', { error: String(error) });
      app.exit(1);
    });

  app.on('window-all-closed', () => app.quit());

  let disposed = false;
  app.on('before-quit', (event) => {
    quitting = true;
    if (disposed || !controller) return;
    // Revoke the session at the service and wipe the partition before leaving.
    event.preventDefault();
    disposed = true;
    const done = () => app.quit();
    const timer = setTimeout(done, 5000);
    controller.dispose().finally(() => {
      clearTimeout(timer);
      done();
    });
  });
}

void runCommandLineMode().then((handled) => {
  if (!handled) startApp();
});
