/**
 * The only place that creates windows and views. Each kind gets the strict webPreferences and
 * nothing else; the web contents created here are also refused `<webview>` and stray pop-ups
 * by the app-wide guard in guard-web-contents.ts.
 */
import { BrowserWindow, WebContentsView, type BrowserWindowConstructorOptions } from 'electron';
import { strictWebPreferences } from './web-preferences';

export interface AppWindowOptions {
  preload: string;
  kiosk: boolean;
  devTools: boolean;
  title: string;
}

/** Our own window: the login screens and, above the web session, the client bar. */
export function createAppWindow(options: AppWindowOptions): BrowserWindow {
  const window = new BrowserWindow({
    title: options.title,
    width: 1280,
    height: 860,
    minWidth: 800,
    minHeight: 600,
    show: false,
    kiosk: options.kiosk,
    fullscreen: options.kiosk,
    autoHideMenuBar: true,
    backgroundColor: '#ffffff',
    webPreferences: strictWebPreferences({ preload: options.preload, devTools: options.devTools }),
  });
  window.removeMenu();
  return window;
}

/** The teleQ web session, inside the app window below the bar. No preload, ever. */
export function createWebView(partition: string, devTools: boolean): WebContentsView {
  return new WebContentsView({ webPreferences: strictWebPreferences({ partition, devTools }) });
}

/** What a managed child window (same-origin pop-up: video, chat) is created with. */
export function childWindowOptions(
  partition: string,
  devTools: boolean,
  parent: BrowserWindow | undefined,
): BrowserWindowConstructorOptions {
  return {
    parent,
    autoHideMenuBar: true,
    webPreferences: strictWebPreferences({ partition, devTools }),
  };
}

/** A managed child window the client opens itself (a rewritten pop-up). */
export function createChildWindow(
  partition: string,
  devTools: boolean,
  parent: BrowserWindow | undefined,
): BrowserWindow {
  return new BrowserWindow(childWindowOptions(partition, devTools, parent));
}

/** The embedded SSO window: its own throw-away partition, no preload. */
export function createAuthWindow(
  partition: string,
  parent: BrowserWindow | undefined,
): BrowserWindow {
  const window = new BrowserWindow({
    parent,
    modal: Boolean(parent),
    width: 520,
    height: 720,
    show: true,
    autoHideMenuBar: true,
    title: 'Aurora teleQ – SSO',
    webPreferences: strictWebPreferences({ partition, devTools: false }),
  });
  window.removeMenu();
  return window;
}
