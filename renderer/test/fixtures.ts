/** Scripted answers of the main process: the users, states and outcomes the screens show. */
import type {
  ClientError,
  KnownUserView,
  LoginOutcome,
  Notice,
  PasswordStatusView,
  RequestResults,
  StartupState,
  UserView,
} from '../../shared/bridge/contract';
import type { BridgeScript, ScriptedReply } from './scripted-bridge';

export const ANNA: KnownUserView = {
  username: 'anna.agent',
  displayName: 'Anna Agent',
  methods: ['password'],
  organisation: 'Demo Clinic',
};
export const SANNA: KnownUserView = {
  username: 'sanna.sso',
  displayName: 'Sanna Sairaala',
  methods: ['password', 'sso'],
  organisation: 'Demo Health',
};
export const VILLE: KnownUserView = {
  username: 'ville.legacy',
  displayName: 'Ville Virtanen',
  methods: ['password'],
  organisation: 'Demo Clinic',
};
export const EEVA: KnownUserView = {
  username: 'eeva.expired',
  displayName: 'Eeva Ekholm',
  methods: ['password'],
  organisation: 'Demo Clinic',
};

export const SERVER = 'https://aurorateleq.com';

export function startup(partial: Partial<StartupState> = {}): StartupState {
  return {
    mode: 'workstation',
    language: 'fi',
    serverUrl: SERVER,
    knownUsers: [],
    idleTimeoutSeconds: 0,
    notices: [],
    ...partial,
  };
}

export function userView(user: KnownUserView = ANNA): UserView {
  return {
    username: user.username,
    displayName: user.displayName,
    email: `${user.username}@demo-clinic.example`,
    organisation: user.organisation ?? 'Demo Clinic',
  };
}

/** Fixed dates keep screenshots and assertions stable. */
export const FRESH_PASSWORD: PasswordStatusView = {
  expiresAt: '2027-06-01T09:00:00.000Z',
  daysLeft: 180,
  warning: false,
};
export const EXPIRING_PASSWORD: PasswordStatusView = {
  expiresAt: '2026-12-08T09:00:00.000Z',
  daysLeft: 5,
  warning: true,
};

export function signedIn(
  user: KnownUserView = ANNA,
  password = FRESH_PASSWORD,
): LoginOutcome & { kind: 'signed-in' } {
  return { kind: 'signed-in', user: userView(user), password };
}

export function ok<T>(value: T): { value: { ok: true; value: T } } {
  return { value: { ok: true, value } };
}

export function fail(error: ClientError): { value: { ok: false; error: ClientError } } {
  return { value: { ok: false, error } };
}

export function reply<C extends keyof RequestResults>(value: RequestResults[C]): ScriptedReply<C> {
  return { value };
}

/** The replies every script needs; a test overrides what it is about. */
export function baseScript(state: StartupState, more: BridgeScript = {}): BridgeScript {
  return {
    'app:startup': [{ value: state }],
    'app:set-language': [{ value: undefined }],
    'session:layout': [{ value: undefined }],
    'session:logout': [{ value: undefined }],
    'session:continue': [{ value: undefined }],
    'login:sso-cancel': [{ value: undefined }],
    ...more,
  };
}

export const ALL_NOTICES: Notice[] = [
  { kind: 'legacy-server-rewritten', from: 'https://www.teleq.fi', to: SERVER },
  {
    kind: 'legacy-link-rewritten',
    from: 'https://takaisinsoitto.fi/app/queue',
    to: `${SERVER}/app/queue`,
  },
  { kind: 'keychain-unavailable', problem: 'locked' },
  { kind: 'config-invalid', key: 'idleTimeoutMinutes', source: 'policy' },
  { kind: 'insecure-server-refused', serverUrl: 'http://teleq.example.org' },
  { kind: 'device-forgotten' },
  { kind: 'server-unreachable', serverUrl: SERVER },
  { kind: 'navigation-blocked', url: 'https://example.org/' },
  { kind: 'download-blocked', filename: 'asiakasloki-2026-11.csv' },
  { kind: 'download-saved', filename: 'asiakasloki-2026-12.csv' },
];
