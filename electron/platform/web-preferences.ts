/**
 * The one definition of webPreferences (DESIGN.md section 9). Every window and view the client
 * creates gets these through window-factory.ts; web-preferences.test.ts fails if a window is
 * created anywhere else or if one of these is weakened.
 */
import type { WebPreferences } from 'electron';

export interface PreferenceOptions {
  /** Only our own app:// page gets a preload (the bridge); web content never does. */
  preload?: string;
  /** An in-memory partition (never `persist:`) for web content and SSO. */
  partition?: string;
  devTools: boolean;
}

export function strictWebPreferences(options: PreferenceOptions): WebPreferences {
  if (options.partition?.startsWith('persist:')) {
    throw new Error('web content partitions are in memory only');
  }
  return {
    contextIsolation: true,
    sandbox: true,
    nodeIntegration: false,
    nodeIntegrationInWorker: false,
    nodeIntegrationInSubFrames: false,
    webviewTag: false,
    webSecurity: true,
    allowRunningInsecureContent: false,
    experimentalFeatures: false,
    navigateOnDragDrop: false,
    safeDialogs: true,
    spellcheck: false,
    autoplayPolicy: 'user-gesture-required',
    devTools: options.devTools,
    ...(options.preload ? { preload: options.preload } : {}),
    ...(options.partition ? { partition: options.partition } : {}),
  };
}
