/**
 * The navigation policy of the managed window (DESIGN.md section 5): one pure function from a
 * URL, where the attempt comes from, and the configuration, to what happens. Origins are
 * compared parsed (scheme, host without case or trailing dot, port), never as string prefixes,
 * so "https://aurorateleq.com.evil.example" and "https://aurorateleq.com@evil.example" are
 * simply foreign.
 */
import type { Config } from '../../shared/config/schema';
import { isLegacyHost, rewriteLegacyUrl } from '../../shared/legacy-hosts';
import type { NavigationKind } from './ports';

export type NavigationDecision =
  | { kind: 'allow' }
  /** Legacy host (R2): the same path on the configured server instead, with a notice. */
  | { kind: 'rewrite'; from: string; to: string }
  /** A pop-up of the teleQ origin (video, chat): a managed child window. */
  | { kind: 'child-window'; url: string }
  /** Workstations: an ordinary web link leaves for the system browser. */
  | { kind: 'external'; url: string }
  | { kind: 'block'; url: string; reason: BlockReason };

export type BlockReason =
  | 'unparseable'
  | 'scheme' // javascript:, data:, file:, blob:, chrome:, …
  | 'credentials' // user:pass@host
  | 'foreign-origin'
  | 'external-links-blocked';

export type NavigationConfig = Pick<Config, 'serverUrl' | 'allowedOrigins' | 'externalLinks'>;

/** "scheme://host:port" with the host lowercased and without a trailing dot; null if no origin. */
export function canonicalOrigin(url: URL): string | null {
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  const host = url.hostname.toLowerCase().replace(/\.$/, '');
  return `${url.protocol}//${host}${url.port ? `:${url.port}` : ''}`;
}

function parse(url: string): URL | null {
  try {
    return new URL(url);
  } catch {
    return null;
  }
}

export function trustedOrigins(config: NavigationConfig): Set<string> {
  const origins = new Set<string>();
  for (const raw of [config.serverUrl, ...config.allowedOrigins]) {
    const parsed = parse(raw);
    const origin = parsed && canonicalOrigin(parsed);
    if (origin) origins.add(origin);
  }
  return origins;
}

export function decideNavigation(
  url: string,
  kind: NavigationKind,
  config: NavigationConfig,
): NavigationDecision {
  const parsed = parse(url);
  if (!parsed) return { kind: 'block', url, reason: 'unparseable' };

  // Empty frames are how pages build widgets; they carry no content of their own.
  if (kind === 'sub-frame' && (url === 'about:blank' || url === 'about:srcdoc')) {
    return { kind: 'allow' };
  }
  if (parsed.protocol !== 'https:' && parsed.protocol !== 'http:') {
    return { kind: 'block', url, reason: 'scheme' };
  }
  if (parsed.username !== '' || parsed.password !== '') {
    return { kind: 'block', url, reason: 'credentials' };
  }

  if (isLegacyHost(parsed.hostname)) {
    const rewritten = rewriteLegacyUrl(url, config.serverUrl);
    if (rewritten) {
      return kind === 'window-open'
        ? { kind: 'child-window', url: rewritten.to }
        : { kind: 'rewrite', from: url, to: rewritten.to };
    }
  }

  const origin = canonicalOrigin(parsed);
  if (origin && trustedOrigins(config).has(origin)) {
    return kind === 'window-open' ? { kind: 'child-window', url } : { kind: 'allow' };
  }

  // Foreign: only something the user clicked may leave, and only on workstations.
  if (kind === 'main-frame' || kind === 'window-open') {
    return config.externalLinks === 'system-browser'
      ? { kind: 'external', url: parsed.toString() }
      : { kind: 'block', url, reason: 'external-links-blocked' };
  }
  return { kind: 'block', url, reason: 'foreign-origin' };
}

/** True when `url` is on the configured server's origin (parsed comparison). */
export function isServerOrigin(url: string, serverUrl: string): boolean {
  const a = parse(url);
  const b = parse(serverUrl);
  if (!a || !b) return false;
  const origin = canonicalOrigin(a);
  return origin !== null && origin === canonicalOrigin(b);
}
