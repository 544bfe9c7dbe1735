/**
 * The address change (R1, R2, R12): https://aurorateleq.com is the login address; the legacy
 * hosts takaisinsoitto.fi and teleq.fi (with or without www.) no longer log in. Any address,
 * link or shortcut naming them is taken to the new address with the same path. One rule, used by
 * the configuration, the navigation policy and the shortcut migration alike.
 */
export const CANONICAL_SERVER_URL = 'https://aurorateleq.com';
export const LEGACY_HOSTS = ['takaisinsoitto.fi', 'teleq.fi'] as const;

/** Hostname as the URL parser gives it, compared without case and without a trailing dot. */
function normaliseHost(hostname: string): string {
  return hostname.toLowerCase().replace(/\.$/, '');
}

/** True for takaisinsoitto.fi, teleq.fi and their www. names; false for look-alikes such as
 * teleq.fi.example.net or myteleq.fi, which are simply foreign hosts. */
export function isLegacyHost(hostname: string): boolean {
  const host = normaliseHost(hostname).replace(/^www\./, '');
  return (LEGACY_HOSTS as readonly string[]).includes(host);
}

export interface LegacyRewrite {
  from: string;
  to: string;
}

/**
 * If `url` points at a legacy host (http or https, any port, any case, trailing dot), the same
 * path, query and fragment on `target` (default https://aurorateleq.com); otherwise null.
 * Parsing, not string prefixes: "https://teleq.fi@evil.example/" has host evil.example.
 */
export function rewriteLegacyUrl(
  url: string,
  target: string = CANONICAL_SERVER_URL,
): LegacyRewrite | null {
  let parsed: URL;
  try {
    parsed = new URL(url);
  } catch {
    return null;
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') return null;
  if (!isLegacyHost(parsed.hostname)) return null;
  const base = new URL(target);
  const rewritten = new URL(parsed.pathname + parsed.search + parsed.hash, base.origin);
  return { from: url, to: rewritten.toString() };
}
