/** Login API v1 lives under this prefix of the server URL (DESIGN.md section 4). */
export const API_PREFIX = '/api/v1';

/** Route paths relative to API_PREFIX; the server registers them and the client calls them. */
export const API_PATHS = {
  health: '/health',
  openapi: '/openapi.json',
  deviceChallenge: '/device/challenge',
  deviceHello: '/device/hello',
  deviceForget: '/device/forget',
  identify: '/login/identify',
  loginPassword: '/login/password',
  passwordChange: '/password/change',
  passwordForgot: '/password/forgot',
  passwordReset: '/password/reset',
  ssoStart: '/sso/start',
  ssoExchange: '/sso/exchange',
  session: '/session',
  sessionLogout: '/session/logout',
} as const;

export type ApiPath = (typeof API_PATHS)[keyof typeof API_PATHS];

/** The web app's session cookie; the managed window sets it for the server's origin. */
export const SESSION_COOKIE = 'teleq_session';

/** Pages of the stand-in teleQ web app and the SSO completion page (not under API_PREFIX). */
export const WEB_PATHS = {
  app: '/app',
  loggedOut: '/logged-out',
  ssoCallback: '/sso/callback',
  ssoComplete: '/sso/complete',
} as const;

/** The full URL of an API call, as the device proof's `htu` must name it. */
export function apiUrl(serverUrl: string, path: ApiPath): string {
  return new URL(
    API_PREFIX + path,
    serverUrl.endsWith('/') ? serverUrl : serverUrl + '/',
  ).toString();
}
