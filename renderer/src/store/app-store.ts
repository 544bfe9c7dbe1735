/**
 * The renderer's one store: which screen is showing, what the device and the signed-in user look
 * like, and the notices to tell. Passwords never enter it: they live in the form components and
 * go straight to the bridge, so they vanish when a screen unmounts.
 */
import { create } from 'zustand';
import { getBridge } from '../bridge';
import { entryScreen, knownStep2, type Screen } from './screens';
import type {
  ClientError,
  KnownUserView,
  Language,
  LoginOutcome,
  LogoutReason,
  Mode,
  Notice,
  PasswordStatusView,
  Result,
  StartupState,
  TeleqEvent,
  UserView,
} from './types';

export interface NoticeEntry {
  id: number;
  notice: Notice;
}

/** A one-line confirmation the client bar shows after a forced change (R7). */
export type BarMessage = { kind: 'password-changed'; password: PasswordStatusView };

export interface AppState {
  screen: Screen;
  mode: Mode;
  language: Language;
  serverUrl: string;
  idleTimeoutSeconds: number;
  knownUsers: KnownUserView[];
  lastUsername?: string;
  notices: NoticeEntry[];
  /** The last action's error, shown on the current screen; cleared when the screen changes. */
  error: ClientError | null;
  busy: boolean;
  loggedOut: LogoutReason | null;
  /** A remembered user just removed from this device, for the status line. */
  removedUser: string | null;
  user: UserView | null;
  password: PasswordStatusView | null;
  barMessage: BarMessage | null;
  /** Seconds left when the last idle warning arrived, and when (ms), for the countdown. */
  idle: { secondsLeft: number; receivedAt: number } | null;
  /** Step 1's email, kept for the password checklist ("does not contain your email"). */
  email?: string;
}

const initial: AppState = {
  screen: { name: 'starting' },
  mode: 'workstation',
  language: 'fi',
  serverUrl: '',
  idleTimeoutSeconds: 0,
  knownUsers: [],
  notices: [],
  error: null,
  busy: false,
  loggedOut: null,
  removedUser: null,
  user: null,
  password: null,
  barMessage: null,
  idle: null,
};

export const useApp = create<AppState>()(() => ({ ...initial }));

let noticeSeq = 0;
let subscribed = false;
let onLanguage: (language: Language) => void = () => undefined;

/** The i18n layer registers here so that the store stays free of React and i18next. */
export function onLanguageChange(listener: (language: Language) => void): void {
  onLanguage = listener;
}

function set(partial: Partial<AppState>): void {
  useApp.setState(partial);
}

/** Every screen change goes through here: errors and status lines belong to one screen. */
function go(screen: Screen, extra: Partial<AppState> = {}): void {
  set({ screen, error: null, busy: false, removedUser: null, ...extra });
}

function bridge() {
  const b = getBridge();
  if (!b) throw new Error('window.teleq is missing');
  return b;
}

function goEntry(extra: Partial<AppState> = {}): void {
  const { knownUsers, mode, lastUsername } = useApp.getState();
  go(entryScreen(extra.knownUsers ?? knownUsers, mode, lastUsername), extra);
}

function addNotice(notice: Notice): void {
  const notices = useApp.getState().notices;
  // The same notice twice (e.g. startup and event) would only be noise.
  if (notices.some((n) => JSON.stringify(n.notice) === JSON.stringify(notice))) return;
  set({ notices: [...notices, { id: ++noticeSeq, notice }] });
}

async function run<T>(
  work: () => Promise<T>,
  onError: (error: ClientError) => void = (error) => set({ error }),
): Promise<T | undefined> {
  set({ busy: true, error: null });
  try {
    return await work();
  } catch {
    // A rejected invoke is a broken main process, not a user mistake: say the service failed.
    onError({ code: 'server_error' });
    return undefined;
  } finally {
    set({ busy: false });
  }
}

/** Errors that mean the step-1 flow is gone: back to step 1, keeping the explanation. */
function restartErrors(error: ClientError): boolean {
  return error.code === 'flow_expired' || error.code === 'unknown_device';
}

function applyOutcome(outcome: LoginOutcome): void {
  if (outcome.kind === 'signed-in') {
    signedIn(outcome.user, outcome.password);
  } else {
    go({
      name: 'password-change',
      forced: true,
      username: outcome.username,
      email: useApp.getState().email,
    });
  }
}

function signedIn(user: UserView, password: PasswordStatusView, extra: Partial<AppState> = {}) {
  go(
    { name: 'signed-in' },
    { user, password, loggedOut: null, lastUsername: user.username, ...extra },
  );
}

export const actions = {
  async start(): Promise<void> {
    const b = getBridge();
    if (!b) return go({ name: 'no-bridge' });
    go({ name: 'starting' });
    // Once per page: a retried start must not hear every event twice.
    if (!subscribed) {
      b.onEvent(handleEvent);
      subscribed = true;
    }
    let state: StartupState;
    try {
      state = await b.invoke('app:startup', undefined);
    } catch {
      return go({ name: 'start-failed' });
    }
    onLanguage(state.language);
    set({
      mode: state.mode,
      language: state.language,
      serverUrl: state.serverUrl,
      idleTimeoutSeconds: state.idleTimeoutSeconds,
      knownUsers: state.knownUsers,
      lastUsername: state.lastUsername,
    });
    state.notices.forEach(addNotice);
    goEntry();
  },

  async setLanguage(language: Language): Promise<void> {
    onLanguage(language);
    set({ language });
    try {
      await bridge().invoke('app:set-language', { language });
    } catch {
      // The choice still applies to this screen; the main process may just not remember it.
    }
  },

  chooseKnownUser(user: KnownUserView): void {
    go(knownStep2(user));
  },

  someoneElse(): void {
    go({ name: 'step1' }, { loggedOut: null });
  },

  /** Workstation "not you?": the other remembered users if there are any, else step 1. */
  notYou(): void {
    const { knownUsers } = useApp.getState();
    go(knownUsers.length > 1 ? { name: 'known-users' } : { name: 'step1' }, { loggedOut: null });
  },

  backToStart(): void {
    goEntry({ loggedOut: null });
  },

  async removeKnownUser(user: KnownUserView): Promise<void> {
    const result = await run(() =>
      bridge().invoke('device:forget-user', { username: user.username }),
    );
    if (!result) return;
    if (!result.ok) return set({ error: result.error });
    const knownUsers = result.value.knownUsers;
    if (knownUsers.length === 0)
      return go({ name: 'step1' }, { knownUsers, removedUser: user.displayName });
    set({ knownUsers, removedUser: user.displayName });
  },

  async identify(username: string, email: string): Promise<ClientError | null> {
    set({ email });
    const result = await run(() => bridge().invoke('login:identify', { username, email }));
    if (!result) return useApp.getState().error;
    if (!result.ok) {
      set({ error: result.error });
      return result.error;
    }
    const { value } = result;
    go({
      name: 'step2',
      username: value.username,
      methods: value.methods,
      organisation: value.organisation,
      known: false,
    });
    return null;
  },

  async loginPassword(username: string, password: string): Promise<ClientError | null> {
    const result = await run(() => bridge().invoke('login:password', { username, password }));
    return settleLogin(result);
  },

  async loginSso(username: string, organisation?: string): Promise<ClientError | null> {
    const back = useApp.getState().screen;
    go({ name: 'sso-waiting', username, organisation });
    const result = await run(() => bridge().invoke('login:sso', { username }));
    const error = result ? (result.ok ? null : result.error) : useApp.getState().error;
    if (error && !restartErrors(error)) {
      // Back to the choice, with the reason (cancelled, failed): the user may try the password.
      go(back, { error });
      return error;
    }
    return settleLogin(result);
  },

  async cancelSso(): Promise<void> {
    try {
      await bridge().invoke('login:sso-cancel', undefined);
    } catch {
      // login:sso still answers (sso_cancelled), which takes the user back.
    }
  },

  async changePassword(currentPassword: string, newPassword: string): Promise<ClientError | null> {
    const result = await run(() =>
      bridge().invoke('password:change', { currentPassword, newPassword }),
    );
    if (!result) return useApp.getState().error;
    if (!result.ok) {
      set({ error: result.error });
      return result.error;
    }
    const { value } = result;
    if (value.kind === 'signed-in') {
      signedIn(value.user, value.password, {
        barMessage: { kind: 'password-changed', password: value.password },
      });
    } else {
      go({ name: 'password-changed', password: value.password }, { password: value.password });
    }
    return null;
  },

  /** Voluntary change from the client bar: the bar asks for the whole window first. */
  async openVoluntaryChange(): Promise<void> {
    const { user } = useApp.getState();
    if (!user) return;
    await layout('full');
    go(
      { name: 'password-change', forced: false, username: user.username, email: user.email },
      { barMessage: null },
    );
  },

  async closeVoluntaryChange(): Promise<void> {
    go({ name: 'signed-in' });
    await layout('bar');
  },

  cancelForcedChange(): void {
    goEntry();
  },

  openForgot(username = ''): void {
    go({ name: 'forgot-request', username });
  },

  async forgot(username: string, email: string): Promise<ClientError | null> {
    const result = await run(() => bridge().invoke('password:forgot', { username, email }));
    if (!result) return useApp.getState().error;
    if (!result.ok) {
      set({ error: result.error });
      return result.error;
    }
    go({ name: 'forgot-reset', username, email });
    return null;
  },

  async reset(username: string, code: string, newPassword: string): Promise<ClientError | null> {
    const result = await run(() =>
      bridge().invoke('password:reset', { username, code, newPassword }),
    );
    if (!result) return useApp.getState().error;
    if (!result.ok) {
      set({ error: result.error });
      return result.error;
    }
    go({ name: 'forgot-done', password: result.value.password });
    return null;
  },

  async logout(reason: 'user' | 'switch-user'): Promise<void> {
    await run(() => bridge().invoke('session:logout', { reason }));
    // The main process also sends logged-out (with the fresh known users); do not wait for it.
    if (useApp.getState().user) loggedOut(reason, useApp.getState().knownUsers);
  },

  async continueSession(): Promise<void> {
    set({ idle: null });
    try {
      await bridge().invoke('session:continue', undefined);
    } catch {
      // If the main process did not hear it, its own logout follows and is explained then.
    }
  },

  dismissNotice(id: number): void {
    set({ notices: useApp.getState().notices.filter((n) => n.id !== id) });
  },

  dismissBarMessage(): void {
    set({ barMessage: null });
  },
};

async function layout(view: 'bar' | 'full'): Promise<void> {
  try {
    await bridge().invoke('session:layout', { view });
  } catch {
    // The screen still works in whatever space the window has.
  }
}

function settleLogin(result: Result<LoginOutcome> | undefined): ClientError | null {
  if (!result) return useApp.getState().error;
  if (!result.ok) {
    if (restartErrors(result.error)) {
      go({ name: 'step1' }, { error: result.error });
    } else {
      set({ error: result.error });
    }
    return result.error;
  }
  applyOutcome(result.value);
  return null;
}

function loggedOut(reason: LogoutReason, knownUsers: KnownUserView[]): void {
  // The next person at a shared terminal inherits nothing of this one, not even the email typed.
  goEntry({
    knownUsers,
    loggedOut: reason,
    user: null,
    password: null,
    barMessage: null,
    idle: null,
    email: undefined,
  });
}

export function handleEvent(event: TeleqEvent): void {
  switch (event.type) {
    case 'signed-in':
      if (useApp.getState().screen.name !== 'signed-in' || !useApp.getState().user)
        signedIn(event.user, event.password);
      else set({ user: event.user, password: event.password });
      return;
    case 'logged-out': {
      const { screen, user } = useApp.getState();
      const inSession =
        user !== null ||
        screen.name === 'signed-in' ||
        screen.name === 'password-changed' ||
        (screen.name === 'password-change' && !screen.forced);
      if (inSession) loggedOut(event.reason, event.knownUsers);
      // Back at step 1 with an empty list (the invoke answered before this event): the device
      // now knows the user who just left, so go to the entry screen the fresh list calls for.
      else if (
        screen.name === 'step1' &&
        useApp.getState().knownUsers.length === 0 &&
        event.knownUsers.length > 0
      )
        loggedOut(event.reason, event.knownUsers);
      // Already back at the login (we asked for it): only the fresh list and the reason change.
      else set({ knownUsers: event.knownUsers, loggedOut: event.reason, idle: null });
      return;
    }
    case 'idle-warning':
      set({ idle: { secondsLeft: event.secondsLeft, receivedAt: Date.now() } });
      return;
    case 'idle-cleared':
      set({ idle: null });
      return;
    case 'notice':
      addNotice(event.notice);
      return;
  }
}

/** Tests and the app's first render start from a clean slate. */
export function resetApp(): void {
  useApp.setState({ ...initial }, true);
}
