/**
 * The login flow and the web session behind the controller (DESIGN.md sections 3, 5, 8). Holds
 * everything the renderer must not see: flow ids, the change token, the session token and the
 * device key. Requests arrive here already validated by the controller.
 */
import { SESSION_COOKIE, WEB_PATHS } from '../../../shared/api/paths';
import type { LoginOk, LoginResponse } from '../../../shared/api/schemas';
import {
  type KnownUserView,
  type LoginOutcome,
  type LogoutReason,
  type Notice,
  type RequestArg,
  type RequestChannel,
  type RequestResults,
  type Result,
  type StartupState,
} from '../../../shared/bridge/contract';
import { LANGUAGES, type Language } from '../../../shared/config/schema';
import { LoginApi, type ApiResult, type ProofSigner } from '../api/client';
import type { EffectiveConfig } from '../config/types';
import { DeviceKeyStore, type LoadedDeviceKey } from '../device/key-store';
import { signDeviceProof } from '../device/proof';
import { isServerOrigin } from '../navigation';
import type { Clock, Logger, Ports, WebWindowHandle } from '../ports';
import { IdleMonitor } from '../session/idle';
import { createWebGuards } from '../session/web-guards';
import { runSso } from '../sso/run-sso';
import { knownUserView, passwordView, rememberedUsers, userView } from './views';

export interface ClientCoreOptions {
  config: EffectiveConfig;
  fetch: typeof fetch;
  ports: Ports;
  log: Logger;
  clock: Clock;
  systemLocale?: string;
}

interface ActiveSession {
  token: string;
  username: string;
  web: WebWindowHandle | null;
  idle: IdleMonitor | null;
  cancelCheck: (() => void) | null;
  ending: boolean;
}

/** How often the session is checked at the service (expiry, revocation elsewhere). */
const SESSION_CHECK_MS = 60_000;

type Handlers = {
  [C in RequestChannel]: (arg: RequestArg<C>) => Promise<RequestResults[C]>;
};

export class ClientCore {
  private readonly api: LoginApi;
  private readonly deviceKeys: DeviceKeyStore;
  private readonly config: EffectiveConfig['config'];
  private readonly startupNotices: Notice[];
  /** Step-1 flows by lowercased username; the flow id never leaves the main process. */
  private readonly flows = new Map<string, string>();
  private pendingChange: { username: string; changeToken: string } | null = null;
  private session: ActiveSession | null = null;
  private knownUsers: KnownUserView[] = [];
  private sso: AbortController | null = null;
  private language: Language | null = null;
  private unsubscribers: Array<() => void> = [];
  private keychainNoticeSent = false;
  /** A login in this run bound the device key to a user, fresh or not. */
  private boundThisRun = false;

  constructor(private readonly options: ClientCoreOptions) {
    this.config = options.config.config;
    this.startupNotices = [...options.config.notices];
    this.api = new LoginApi({
      serverUrl: this.config.serverUrl,
      fetch: options.fetch,
      timeoutMs: this.config.requestTimeoutSeconds * 1000,
    });
    this.deviceKeys = new DeviceKeyStore(
      options.ports.secrets,
      options.log,
      this.config.rememberUsers,
    );
  }

  private get ports(): Ports {
    return this.options.ports;
  }

  private get log(): Logger {
    return this.options.log;
  }

  async start(): Promise<void> {
    if (this.config.mode !== 'shared-terminal') return;
    // A shared terminal left locked or asleep must not resume into someone's session.
    this.unsubscribers.push(
      this.ports.system.on('lock-screen', () => void this.endSession('os-lock')),
      this.ports.system.on('suspend', () => void this.endSession('suspend')),
    );
  }

  async dispose(): Promise<void> {
    for (const unsubscribe of this.unsubscribers.splice(0)) unsubscribe();
    this.sso?.abort();
    await this.endSession('user', { quiet: true });
  }

  dispatch<C extends RequestChannel>(channel: C, arg: RequestArg<C>): Promise<RequestResults[C]> {
    const handler = this.handlers[channel] as (a: RequestArg<C>) => Promise<RequestResults[C]>;
    return handler(arg);
  }

  private readonly handlers: Handlers = {
    'app:startup': () => this.startup(),
    'app:set-language': async ({ language }) => {
      this.language = language;
      const prefs = await this.ports.preferences.read();
      await this.ports.preferences.write({ ...prefs, language });
    },
    'login:identify': (arg) => this.identify(arg.username, arg.email),
    'login:password': (arg) => this.loginPassword(arg.username, arg.password),
    'login:sso': (arg) => this.loginSso(arg.username),
    'login:sso-cancel': async () => {
      this.sso?.abort();
    },
    'password:change': (arg) => this.changePassword(arg.currentPassword, arg.newPassword),
    'password:forgot': async ({ username, email }) => {
      const answer = await this.api.forgotPassword(username, email);
      return answer.ok ? { ok: true, value: undefined } : answer;
    },
    'password:reset': async ({ username, code, newPassword }) => {
      const answer = await this.api.resetPassword(username, code, newPassword);
      return answer.ok
        ? { ok: true, value: { password: passwordView(answer.value.password) } }
        : answer;
    },
    'device:forget-user': (arg) => this.forgetUser(arg.username),
    'session:logout': ({ reason }) => this.endSession(reason),
    'session:continue': async () => {
      if (this.session?.idle) {
        this.session.idle.continue();
        this.ports.shell.send({ type: 'idle-cleared' });
      }
    },
    'session:layout': async ({ view }) => {
      if (this.session?.web) this.ports.shell.setLayout(view);
    },
  };

  // -------------------------------------------------------------------------------------------
  // Start-up and the device

  private async startup(): Promise<StartupState> {
    const prefs = await this.ports.preferences.read();
    const notices = [...this.startupNotices];
    this.knownUsers = await this.hello(notices);
    return {
      mode: this.config.mode,
      language: this.effectiveLanguage(prefs.language),
      serverUrl: this.config.serverUrl,
      knownUsers: rememberedUsers(
        this.knownUsers,
        prefs.lastUsername,
        this.config.maxRememberedUsers,
      ),
      ...(prefs.lastUsername && this.knownUsers.some((u) => same(u.username, prefs.lastUsername))
        ? { lastUsername: prefs.lastUsername }
        : {}),
      idleTimeoutSeconds: this.config.idleTimeoutMinutes * 60,
      notices,
    };
  }

  private effectiveLanguage(chosen: Language | undefined): Language {
    if (this.config.language !== 'auto') return this.config.language;
    if (this.language) return this.language;
    if (chosen) return chosen;
    const system = this.options.systemLocale?.slice(0, 2).toLowerCase();
    return (LANGUAGES as readonly string[]).includes(system ?? '') ? (system as Language) : 'fi';
  }

  /** With `notices` (start-up) a keychain problem is always listed; otherwise it is sent as an
   * event once per run, so the user hears why step 1 is back without being nagged. */
  private async deviceKey(notices?: Notice[]): Promise<LoadedDeviceKey> {
    const loaded = await this.deviceKeys.load();
    if (loaded.problem && this.config.rememberUsers) {
      const notice: Notice = { kind: 'keychain-unavailable', problem: loaded.problem };
      if (notices) {
        notices.push(notice);
        this.keychainNoticeSent = true;
      } else if (!this.keychainNoticeSent) {
        this.keychainNoticeSent = true;
        this.ports.shell.send({ type: 'notice', notice });
      }
    }
    return loaded;
  }

  private signer(loaded: LoadedDeviceKey): ProofSigner {
    return (request) => signDeviceProof(loaded.key, request, this.options.clock.now());
  }

  /** Device hello (R5): the users this device knows, or none (step 1). */
  private async hello(
    notices: Notice[],
    options: { userForgot?: boolean } = {},
  ): Promise<KnownUserView[]> {
    if (!this.config.rememberUsers) return [];
    const loaded = await this.deviceKey(notices);
    // A key made in this run knows nobody until a login binds it; a key the keychain cannot
    // keep is never shown as remembering anyone (step 1 on every start, as the notice says).
    if (!loaded.persistent || (loaded.fresh && !this.boundThisRun)) return [];
    const answer = await this.api.hello(this.signer(loaded));
    if (answer.ok) return answer.value.knownUsers.map(knownUserView);
    if (answer.error.code === 'unknown_device') {
      this.log.info('the service no longer knows this device; forgetting the local identity');
      await this.deviceKeys.forget();
      this.boundThisRun = false;
      // After "remove me" of the last user the user knows why; otherwise say it.
      if (!options.userForgot) notices.push({ kind: 'device-forgotten' });
      return [];
    }
    this.log.warn('device hello failed', { code: answer.error.code });
    if (['server_unreachable', 'timeout', 'tls_error'].includes(answer.error.code)) {
      notices.push({ kind: 'server-unreachable', serverUrl: this.config.serverUrl });
    }
    return [];
  }

  private async refreshKnownUsers(
    options: { userForgot?: boolean } = {},
  ): Promise<KnownUserView[]> {
    const notices: Notice[] = [];
    this.knownUsers = await this.hello(notices, options);
    for (const notice of notices) this.ports.shell.send({ type: 'notice', notice });
    const prefs = await this.ports.preferences.read();
    return rememberedUsers(this.knownUsers, prefs.lastUsername, this.config.maxRememberedUsers);
  }

  private async forgetUser(username: string): Promise<Result<{ knownUsers: KnownUserView[] }>> {
    const loaded = await this.deviceKey();
    const answer = await this.api.forget(username, this.signer(loaded));
    if (!answer.ok && answer.error.code !== 'unknown_device') return answer;
    const prefs = await this.ports.preferences.read();
    if (same(prefs.lastUsername, username)) {
      const { lastUsername: _dropped, ...rest } = prefs;
      await this.ports.preferences.write(rest);
    }
    this.log.info('user removed from this device', { username });
    return { ok: true, value: { knownUsers: await this.refreshKnownUsers({ userForgot: true }) } };
  }

  // -------------------------------------------------------------------------------------------
  // Login

  private async identify(username: string, email: string) {
    const answer = await this.api.identify(username, email);
    if (!answer.ok) return answer;
    this.flows.set(username.toLowerCase(), answer.value.flowId);
    const value: { username: string; methods: typeof answer.value.methods; organisation?: string } =
      { username, methods: answer.value.methods };
    if (answer.value.organisation !== undefined) value.organisation = answer.value.organisation;
    return { ok: true as const, value };
  }

  private who(username: string): { flowId: string } | { username: string } {
    const flowId = this.flows.get(username.toLowerCase());
    return flowId ? { flowId } : { username };
  }

  private async loginPassword(username: string, password: string): Promise<Result<LoginOutcome>> {
    if (this.session) return { ok: false, error: { code: 'invalid_input', reason: 'signed-in' } };
    const loaded = await this.deviceKey();
    const answer = await this.api.loginPassword(this.who(username), password, this.signer(loaded));
    return this.afterLogin(username, answer);
  }

  private async loginSso(username: string): Promise<Result<LoginOutcome>> {
    if (this.sso) return { ok: false, error: { code: 'sso_in_progress' } };
    if (this.session) return { ok: false, error: { code: 'invalid_input', reason: 'signed-in' } };
    const abort = new AbortController();
    this.sso = abort;
    try {
      const loaded = await this.deviceKey();
      const answer = await runSso({
        api: this.api,
        who: this.who(username),
        sign: this.signer(loaded),
        way: this.config.ssoBrowser,
        serverUrl: this.config.serverUrl,
        allowedOrigins: this.config.allowedOrigins,
        browser: this.ports.browser,
        authWindow: this.ports.authWindow,
        signal: abort.signal,
        focus: () => this.ports.shell.focus(),
      });
      if (abort.signal.aborted && !answer.ok)
        return { ok: false, error: { code: 'sso_cancelled' } };
      return this.afterLogin(username, answer);
    } finally {
      this.sso = null;
    }
  }

  private async afterLogin(
    username: string,
    answer: ApiResult<LoginResponse>,
  ): Promise<Result<LoginOutcome>> {
    if (!answer.ok) {
      if (answer.error.code === 'flow_expired') this.flows.delete(username.toLowerCase());
      this.log.info('login refused', { username, code: answer.error.code });
      return answer;
    }
    this.flows.delete(username.toLowerCase());
    const login = answer.value;
    if (login.status === 'password_change_required') {
      this.pendingChange = { username, changeToken: login.changeToken };
      this.log.info('password change required before the session', { username });
      return {
        ok: true,
        value: { kind: 'password-change-required', reason: login.reason, username },
      };
    }
    await this.openSession(login);
    return {
      ok: true,
      value: { kind: 'signed-in', user: userView(login), password: passwordView(login.password) },
    };
  }

  private async changePassword(
    currentPassword: string,
    newPassword: string,
  ): Promise<RequestResults['password:change']> {
    const bearer = this.pendingChange?.changeToken ?? this.session?.token;
    if (!bearer) return { ok: false, error: { code: 'session_expired' } };
    const answer = await this.api.changePassword(bearer, currentPassword, newPassword);
    if (!answer.ok) {
      if (answer.error.code === 'session_expired' && this.pendingChange) {
        // The change token lapsed: the user must log in again.
        this.pendingChange = null;
        return { ok: false, error: { code: 'flow_expired' } };
      }
      return answer;
    }
    const value = answer.value;
    if (value.status === 'ok') {
      this.pendingChange = null;
      await this.openSession(value);
      return {
        ok: true,
        value: { kind: 'signed-in', user: userView(value), password: passwordView(value.password) },
      };
    }
    this.log.info('password changed', { username: this.session?.username });
    return { ok: true, value: { kind: 'changed', password: passwordView(value.password) } };
  }

  // -------------------------------------------------------------------------------------------
  // The web session

  private async openSession(login: LoginOk): Promise<void> {
    const username = login.user.username;
    const session: ActiveSession = {
      token: login.session.token,
      username,
      web: null,
      idle: null,
      cancelCheck: null,
      ending: false,
    };
    this.session = session;
    this.pendingChange = null;
    this.boundThisRun = true;
    const prefs = await this.ports.preferences.read();
    await this.ports.preferences.write({ ...prefs, lastUsername: username });
    this.log.info('signed in', { username });

    const server = new URL(this.config.serverUrl);
    const guards = createWebGuards({
      config: this.config,
      browser: this.ports.browser,
      notify: (notice) => this.ports.shell.send({ type: 'notice', notice }),
      log: this.log,
    });
    const web = await this.ports.webWindow.open({
      url: new URL(WEB_PATHS.app, server.origin).toString(),
      cookie: {
        url: server.origin,
        name: SESSION_COOKIE,
        value: login.session.token,
        httpOnly: true,
        secure: server.protocol === 'https:',
        sameSite: 'lax',
      },
      decideNavigation: guards.navigation,
      decidePermission: guards.permission,
      decideDownload: guards.download,
      onNavigated: (url) => this.onWebNavigated(session, url),
      onCrashed: (reason) => {
        this.log.warn('the web contents went away', { reason });
        void this.endSession('crash', { session });
      },
      onDownloadDone: ({ filename, state }) => {
        if (state === 'completed') {
          this.ports.shell.send({ type: 'notice', notice: { kind: 'download-saved', filename } });
        }
      },
    });
    if (this.session !== session) {
      // Logged out (lock, suspend) while the window was opening.
      await web.close();
      return;
    }
    session.web = web;
    this.ports.shell.setLayout('bar');
    this.ports.shell.send({
      type: 'signed-in',
      user: userView(login),
      password: passwordView(login.password),
    });
    this.startIdle(session);
    this.scheduleSessionCheck(session);
  }

  private onWebNavigated(session: ActiveSession, url: string): void {
    if (this.session !== session || !isServerOrigin(url, this.config.serverUrl)) return;
    const parsed = new URL(url);
    if (parsed.pathname === WEB_PATHS.loggedOut) {
      const reason = parsed.searchParams.get('reason');
      void this.endSession(reason === 'expired' ? 'session-ended' : 'web-logout', { session });
    }
  }

  private startIdle(session: ActiveSession): void {
    const timeoutSeconds = this.config.idleTimeoutMinutes * 60;
    if (timeoutSeconds <= 0) return;
    session.idle = new IdleMonitor({
      timeoutSeconds,
      warningSeconds: Math.min(this.config.idleWarningSeconds, timeoutSeconds),
      system: this.ports.system,
      clock: this.options.clock,
      onWarning: (secondsLeft) => this.ports.shell.send({ type: 'idle-warning', secondsLeft }),
      onCleared: () => this.ports.shell.send({ type: 'idle-cleared' }),
      onTimeout: () => void this.endSession('idle', { session }),
    });
    session.idle.start();
  }

  private scheduleSessionCheck(session: ActiveSession): void {
    session.cancelCheck = this.options.clock.setTimer(SESSION_CHECK_MS, async () => {
      if (this.session !== session) return;
      const answer = await this.api.session(session.token);
      if (this.session !== session) return;
      if (!answer.ok && answer.error.code === 'session_expired') {
        await this.endSession('session-ended', { session });
        return;
      }
      this.scheduleSessionCheck(session);
    });
  }

  /** Every way out of a session ends here: revoke, wipe, back to the login screen. */
  private async endSession(
    reason: LogoutReason,
    options: { session?: ActiveSession; quiet?: boolean } = {},
  ): Promise<void> {
    this.pendingChange = null;
    const session = this.session;
    if (!session || session.ending || (options.session && options.session !== session)) return;
    session.ending = true;
    this.session = null;
    session.idle?.stop();
    session.cancelCheck?.();
    this.log.info('session ended', { username: session.username, reason });
    await Promise.allSettled([
      session.web?.close(),
      this.api.logout(session.token).then((answer) => {
        if (!answer.ok && answer.error.code !== 'session_expired') {
          this.log.warn('could not revoke the session at the service', {
            code: answer.error.code,
          });
        }
      }),
    ]);
    if (options.quiet) return;
    this.ports.shell.setLayout('full');
    const knownUsers = await this.refreshKnownUsers();
    this.ports.shell.send({ type: 'logged-out', reason, knownUsers });
  }
}

function same(a: string | undefined, b: string | undefined): boolean {
  return a !== undefined && b !== undefined && a.toLowerCase() === b.toLowerCase();
}
