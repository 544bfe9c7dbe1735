/**
 * The bridge between the renderer and the main process: one typed map of every IPC channel
 * (after GitHub Desktop's ipc-shared.ts). The preload exposes exactly `window.teleq` (TeleqBridge)
 * and nothing else; the main process validates every argument with REQUEST_ARGS at run time and
 * checks the sender in every handler. Nothing here carries a secret: no session or change token,
 * no device key, no flow id. Passwords travel renderer → main only, never back.
 */
import { z } from 'zod';
import {
  EmailSchema,
  PasswordInputSchema,
  ResetCodeSchema,
  UsernameSchema,
  type LoginMethod,
} from '../api/schemas';
import type { PasswordViolation } from '../password/rules';
import { LANGUAGES, type Language, type Mode } from '../config/schema';

// ---------------------------------------------------------------------------------------------
// What the renderer may know

export interface KnownUserView {
  username: string;
  displayName: string;
  methods: LoginMethod[];
  organisation?: string;
}

export interface UserView {
  username: string;
  displayName: string;
  email: string;
  organisation: string;
}

export interface PasswordStatusView {
  expiresAt: string;
  daysLeft: number;
  /** 14 days or fewer left (R7) */
  warning: boolean;
}

/** Errors the renderer explains to the user. Codes, never prose: the renderer translates. */
export const CLIENT_ERROR_CODES = [
  'invalid_input', // the main process refused the arguments (should not happen with our screens)
  'invalid_credentials',
  'invalid_current_password',
  'locked', // retryAfterSeconds
  'rate_limited', // retryAfterSeconds
  'server_unreachable', // serverUrl
  'tls_error', // serverUrl
  'timeout', // serverUrl
  'server_error', // the service answered something we do not understand
  'password_policy', // violations
  'invalid_code',
  'flow_expired', // step 1 must be repeated
  'unknown_device', // this device no longer knows the user: step 1
  'session_expired',
  'sso_cancelled',
  'sso_failed', // reason
  'sso_in_progress',
  'keychain_unavailable',
] as const;
export type ClientErrorCode = (typeof CLIENT_ERROR_CODES)[number];

export interface ClientError {
  code: ClientErrorCode;
  retryAfterSeconds?: number;
  violations?: PasswordViolation[];
  serverUrl?: string;
  /** a stable sub-reason, e.g. the SSO failure reason */
  reason?: string;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ClientError };

export type KeychainProblem = 'missing' | 'locked' | 'denied' | 'corrupt';

/** Things the user should be told about, independent of the screen they are on. */
export type Notice =
  | { kind: 'legacy-server-rewritten'; from: string; to: string } // R1, R2
  | { kind: 'legacy-link-rewritten'; from: string; to: string } // R2, in the web app
  | { kind: 'keychain-unavailable'; problem: KeychainProblem } // step 1 every time
  | { kind: 'config-invalid'; key: string; source: string }
  | { kind: 'insecure-server-refused'; serverUrl: string }
  | { kind: 'device-forgotten' } // the service no longer knows this device
  | { kind: 'server-unreachable'; serverUrl: string }
  | { kind: 'navigation-blocked'; url: string }
  | { kind: 'download-blocked'; filename: string }
  | { kind: 'download-saved'; filename: string };

export interface StartupState {
  mode: Mode;
  /** Effective language: configuration, else the OS, else Finnish. */
  language: Language;
  /** The address the client logs in to, for error messages ("could not reach …"). */
  serverUrl: string;
  /** Users this device knows (R5); empty means step 1. */
  knownUsers: KnownUserView[];
  /** Workstation: preselect this one. */
  lastUsername?: string;
  /** Idle logout in effect (shared terminal), for the client bar. */
  idleTimeoutSeconds: number;
  notices: Notice[];
}

export interface IdentifyResult {
  username: string;
  methods: LoginMethod[];
  organisation?: string;
}

export type LoginOutcome =
  | { kind: 'signed-in'; user: UserView; password: PasswordStatusView }
  | { kind: 'password-change-required'; reason: 'expired'; username: string };

export type LogoutReason =
  | 'user' // "log out" in the client bar
  | 'switch-user'
  | 'idle' // shared terminal idle timeout
  | 'os-lock'
  | 'suspend'
  | 'web-logout' // the web app's own logout
  | 'session-ended' // the service ended or expired the session
  | 'crash'; // the web contents went away

// ---------------------------------------------------------------------------------------------
// Requests: renderer → main (ipcRenderer.invoke / ipcMain.handle)

const LanguageSchema = z.enum(LANGUAGES);

/** Runtime schema of every request's argument; the main process parses before it acts. */
export const REQUEST_ARGS = {
  'app:startup': z.undefined(),
  'app:set-language': z.strictObject({ language: LanguageSchema }),
  'login:identify': z.strictObject({ username: UsernameSchema, email: EmailSchema }),
  'login:password': z.strictObject({ username: UsernameSchema, password: PasswordInputSchema }),
  'login:sso': z.strictObject({ username: UsernameSchema }),
  'login:sso-cancel': z.undefined(),
  /** Voluntary (session) or forced (after password-change-required): the main process knows which. */
  'password:change': z.strictObject({
    currentPassword: PasswordInputSchema,
    newPassword: PasswordInputSchema,
  }),
  'password:forgot': z.strictObject({ username: UsernameSchema, email: EmailSchema }),
  'password:reset': z.strictObject({
    username: UsernameSchema,
    code: ResetCodeSchema,
    newPassword: PasswordInputSchema,
  }),
  'device:forget-user': z.strictObject({ username: UsernameSchema }),
  'session:logout': z.strictObject({ reason: z.enum(['user', 'switch-user']) }),
  /** "Continue" on the idle warning. */
  'session:continue': z.undefined(),
  /** The client bar needs the whole window (password change from the bar) or only its strip. */
  'session:layout': z.strictObject({ view: z.enum(['bar', 'full']) }),
} as const;

export type RequestChannel = keyof typeof REQUEST_ARGS;
export type RequestArg<C extends RequestChannel> = z.infer<(typeof REQUEST_ARGS)[C]>;

export interface RequestResults {
  'app:startup': StartupState;
  'app:set-language': void;
  'login:identify': Result<IdentifyResult>;
  'login:password': Result<LoginOutcome>;
  'login:sso': Result<LoginOutcome>;
  'login:sso-cancel': void;
  /** forced: signed-in (the web app opens); voluntary: changed */
  'password:change': Result<
    { kind: 'changed'; password: PasswordStatusView } | Extract<LoginOutcome, { kind: 'signed-in' }>
  >;
  'password:forgot': Result<void>;
  'password:reset': Result<{ password: PasswordStatusView }>;
  'device:forget-user': Result<{ knownUsers: KnownUserView[] }>;
  'session:logout': void;
  'session:continue': void;
  'session:layout': void;
}

export const REQUEST_CHANNELS = Object.keys(REQUEST_ARGS) as RequestChannel[];

/** The IPC channel name of a request (a prefix keeps ours apart from anything else). */
export function ipcChannel(channel: RequestChannel): string {
  return `teleq:${channel}`;
}

// ---------------------------------------------------------------------------------------------
// Events: main → renderer (webContents.send on one channel)

export const EVENT_CHANNEL = 'teleq:event';

export type TeleqEvent =
  | { type: 'signed-in'; user: UserView; password: PasswordStatusView }
  | { type: 'logged-out'; reason: LogoutReason; knownUsers: KnownUserView[] }
  | { type: 'idle-warning'; secondsLeft: number }
  | { type: 'idle-cleared' }
  | { type: 'notice'; notice: Notice };

// ---------------------------------------------------------------------------------------------
// What the preload exposes as window.teleq

export interface TeleqBridge {
  invoke<C extends RequestChannel>(channel: C, arg: RequestArg<C>): Promise<RequestResults[C]>;
  /** Subscribe to events; returns the unsubscribe function. */
  onEvent(listener: (event: TeleqEvent) => void): () => void;
}

export const BRIDGE_GLOBAL = 'teleq';

/** Height of the client bar strip above the managed teleQ window, in CSS pixels at zoom 1.
 * The main process multiplies it by the bar's zoom factor; the renderer lays the bar out in it. */
export const CLIENT_BAR_HEIGHT_PX = 56;
