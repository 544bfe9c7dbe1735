/**
 * Which redirect URIs a client may ask the SSO broker to deliver its one-time code to: the
 * service's own completion page (embedded window) and loopback listeners (RFC 8252 §7.3).
 * Nothing else, because the code is a login: sending it to any other host hands a session away.
 * The raw string is checked before parsing, since the URL parser "helpfully" normalises
 * `127.1`, `0x7f.0.0.1`, `localhost.` and backslashes into something that looks safe.
 */
import { WEB_PATHS } from '../../shared/api/paths';

export type ClientRedirect = { kind: 'loopback'; uri: string } | { kind: 'complete'; uri: string };

const LOOPBACK =
  /^http:\/\/(127\.0\.0\.1|\[::1\]):([0-9]{1,5})(\/[A-Za-z0-9\-._~!$&'()*+,;=:@%/?]*)?$/;

/** `serviceOrigins`: the origins under which this service is reached (public URL, request host). */
export function checkClientRedirectUri(
  raw: string,
  serviceOrigins: string[],
): ClientRedirect | null {
  if (raw.length > 2048 || /[\s\\#]/.test(raw)) return null;
  let url: URL;
  try {
    url = new URL(raw);
  } catch {
    return null;
  }
  // The completion page counts only on this service's own origin, exactly as given.
  if (serviceOrigins.includes(url.origin) && raw === url.origin + WEB_PATHS.ssoComplete) {
    return { kind: 'complete', uri: url.href };
  }
  // A development service itself listens on loopback: none of its other pages is a listener.
  if (serviceOrigins.includes(url.origin)) return null;
  const loopback = LOOPBACK.exec(raw);
  if (!loopback) return null;
  const port = Number(loopback[2]);
  if (port < 1 || port > 65535) return null;
  if (url.username || url.password) return null;
  if (url.hostname !== '127.0.0.1' && url.hostname !== '[::1]') return null;
  return { kind: 'loopback', uri: url.href };
}
