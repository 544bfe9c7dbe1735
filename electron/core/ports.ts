/**
 * What the core needs from the platform. Two implementations exist: the Electron adapters in
 * electron/platform/ (the app) and the Playwright browser shell in test/harness/ (CI). Both wire
 * the same core, so everything that decides lives in the core and the ports only act.
 *
 * Rules for implementers:
 * - Ports never decide policy. The core hands them decision functions (navigation, permission,
 *   download) and they apply the answer literally.
 * - Ports never log or forward secrets: the session cookie value and anything read from the
 *   secret store stay inside the adapter that was given them.
 * - A port may throw only where its doc says so; otherwise it reports through its result type.
 */
import type { KeychainProblem, TeleqEvent } from '../../shared/bridge/contract';
import type { Language } from '../../shared/config/schema';

// ---------------------------------------------------------------------------------------------
// Secret store (OS keychain: keytar service "Aurora teleQ")

export type SecretStoreResult<T> =
  | { ok: true; value: T }
  | {
      ok: false;
      /** missing: no keychain service (no D-Bus, no libsecret); locked: the keyring is locked
       * and could not be unlocked; denied: the user or OS refused access; corrupt: the entry
       * exists but cannot be read as what we stored (set by the core, not by adapters). */
      problem: KeychainProblem;
      /** A plain-words reason for the log; never contains the secret. */
      detail: string;
    };

export interface SecretStore {
  /** The stored value, or null when there is no entry. */
  get(account: string): Promise<SecretStoreResult<string | null>>;
  set(account: string, value: string): Promise<SecretStoreResult<void>>;
  /** Deleting an entry that does not exist is ok. */
  delete(account: string): Promise<SecretStoreResult<void>>;
}

// ---------------------------------------------------------------------------------------------
// Small non-secret state (a JSON file in the app's user data folder)

export interface Preferences {
  /** Workstation mode preselects this user on step 2. */
  lastUsername?: string;
  /** The language the user chose on the login screen (when configuration says 'auto'). */
  language?: Language;
}

export interface PreferencesStore {
  read(): Promise<Preferences>;
  write(preferences: Preferences): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Managed web window (the teleQ web session, DESIGN.md section 5)

/** Where a navigation attempt comes from; the platform names it, the core decides. */
export type NavigationKind =
  | 'main-frame' // will-navigate, will-frame-navigate of the top frame, webRequest mainFrame
  | 'sub-frame' // will-frame-navigate of a child frame, webRequest subFrame
  | 'redirect' // will-redirect (server redirects of either frame)
  | 'window-open'; // window.open, target=_blank (setWindowOpenHandler)

/** What the platform does with a navigation attempt. The core has already sent any notice and
 * opened the system browser where that was the decision, so the platform only applies this. */
export type NavigationAction =
  | { action: 'allow' }
  /** Cancel this navigation and load `url` in the same frame instead (legacy host rewrite). */
  | { action: 'load'; url: string }
  /** window-open only: open `url` in a managed child window (same session, same guards). */
  | { action: 'child-window'; url: string }
  | { action: 'deny' };

export type DownloadAction =
  /** Save without a dialog into `directory`; null means the user's Downloads folder. */
  { action: 'save'; directory: string | null } | { action: 'deny' };

export interface WebWindowCookie {
  /** The server's origin, e.g. https://aurorateleq.com */
  url: string;
  name: string;
  value: string;
  httpOnly: true;
  /** true unless the server is plain-http loopback (development and tests). */
  secure: boolean;
  sameSite: 'lax' | 'strict';
  /** Seconds since the epoch; the cookie is a session cookie when absent. */
  expirationDate?: number;
}

export interface WebWindowOptions {
  /** The first page: the web app (`/app`) on the server. */
  url: string;
  /** Set in the fresh partition before the first load. */
  cookie: WebWindowCookie;
  decideNavigation(url: string, kind: NavigationKind): NavigationAction;
  /** Camera, microphone, notifications, …: Electron's permission names. Used for both the
   * request and the check handler. `origin` is the requesting frame's origin. */
  decidePermission(permission: string, origin: string): boolean;
  decideDownload(download: { filename: string; url: string }): DownloadAction;
  /** Every committed navigation of the top frame, in-page ones included (the core detects the
   * web app's logout page, `/logged-out`, and session expiry from these). */
  onNavigated(url: string): void;
  /** The web contents went away (render-process-gone, unresponsive beyond recovery). */
  onCrashed(reason: string): void;
  onDownloadDone(download: { filename: string; state: 'completed' | 'cancelled' | 'failed' }): void;
}

export interface WebWindowHandle {
  /** Close the window and its child windows and wipe the partition (cookies, storage, cache).
   * Idempotent. */
  close(): Promise<void>;
}

export interface WebWindowPort {
  /** Opens in a fresh in-memory partition (never `persist:`), one per login. */
  open(options: WebWindowOptions): Promise<WebWindowHandle>;
}

// ---------------------------------------------------------------------------------------------
// Embedded SSO (shared terminals, DESIGN.md section 6)

export interface AuthWindowOptions {
  /** The identity provider's authorization URL from POST /sso/start. */
  url: string;
  /** True for the completion page (the redirect URI): the platform resolves with that URL
   * (with its ?code= or ?error=) and closes the window without loading it. */
  isCompletion(url: string): boolean;
  /** Any other navigation is allowed only when this says so (server and IdP origins). */
  allowNavigation(url: string): boolean;
  /** Aborting closes the window and resolves `cancelled`. */
  signal: AbortSignal;
}

export type AuthWindowResult = { kind: 'completed'; url: string } | { kind: 'cancelled' };

export interface AuthWindowPort {
  /** Throw-away partition, no preload, destroyed after use. Closing the window by hand
   * resolves `cancelled`. */
  open(options: AuthWindowOptions): Promise<AuthWindowResult>;
}

// ---------------------------------------------------------------------------------------------
// System browser

export interface SystemBrowserPort {
  /** Only ever called by the core after the navigation policy allowed it (http/https only). */
  openExternal(url: string): Promise<void>;
}

// ---------------------------------------------------------------------------------------------
// Operating system events (idle, lock, suspend)

export type SystemEvent = 'lock-screen' | 'suspend';

export interface SystemEventsPort {
  /** Seconds since the last user input anywhere on the system (powerMonitor). */
  idleSeconds(): number;
  /** Returns the unsubscribe function. */
  on(event: SystemEvent, listener: () => void): () => void;
}

// ---------------------------------------------------------------------------------------------
// Our own window (the renderer: login screens, then the client bar)

export type Layout =
  /** The renderer fills the window (login, password change, notices); no web window shown. */
  | 'full'
  /** The renderer is the client bar strip (CLIENT_BAR_HEIGHT_PX); the web window fills the rest. */
  | 'bar';

export interface ShellPort {
  /** Main → renderer events (TeleqEvent on EVENT_CHANNEL). */
  send(event: TeleqEvent): void;
  setLayout(layout: Layout): void;
  /** Bring our window to the front (after SSO in the system browser). */
  focus(): void;
}

// ---------------------------------------------------------------------------------------------
// Time (fake in tests: idle logic is tested without waiting)

export interface Clock {
  now(): number;
  /** Calls `fn` once after `ms`; returns the cancel function. */
  setTimer(ms: number, fn: () => void): () => void;
}

export const systemClock: Clock = {
  now: () => Date.now(),
  setTimer(ms, fn) {
    const t = setTimeout(fn, ms);
    return () => clearTimeout(t);
  },
};

// ---------------------------------------------------------------------------------------------
// Log (never given a secret; fields are plain data)

export interface Logger {
  info(message: string, fields?: Record<string, unknown>): void;
  warn(message: string, fields?: Record<string, unknown>): void;
  error(message: string, fields?: Record<string, unknown>): void;
}

export interface Ports {
  secrets: SecretStore;
  preferences: PreferencesStore;
  webWindow: WebWindowPort;
  authWindow: AuthWindowPort;
  browser: SystemBrowserPort;
  system: SystemEventsPort;
  shell: ShellPort;
}
