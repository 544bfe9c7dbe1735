/**
 * Turns the core's decisions into what the managed-window port applies: the navigation policy
 * (with its notices and the system browser), permissions and downloads. The platform only
 * executes the returned actions, so the browser shell and Electron behave alike.
 */
import type { Notice } from '../../../shared/bridge/contract';
import type { Config } from '../../../shared/config/schema';
import { decideNavigation, isServerOrigin } from '../navigation';
import type {
  DownloadAction,
  Logger,
  NavigationAction,
  NavigationKind,
  SystemBrowserPort,
} from '../ports';

/** Electron's names (media = camera and microphone) and the web platform's (Playwright). */
export const ALLOWED_PERMISSIONS = new Set(['media', 'camera', 'microphone', 'notifications']);

export interface WebGuardsOptions {
  config: Pick<
    Config,
    'serverUrl' | 'allowedOrigins' | 'externalLinks' | 'downloads' | 'downloadDirectory'
  >;
  browser: SystemBrowserPort;
  notify(notice: Notice): void;
  log: Logger;
}

export function createWebGuards(options: WebGuardsOptions) {
  const { config, browser, notify, log } = options;

  function navigation(url: string, kind: NavigationKind): NavigationAction {
    const decision = decideNavigation(url, kind, config);
    switch (decision.kind) {
      case 'allow':
        return { action: 'allow' };
      case 'rewrite':
        notify({ kind: 'legacy-link-rewritten', from: decision.from, to: decision.to });
        log.info('legacy address rewritten in the web window', {
          from: decision.from,
          to: decision.to,
        });
        return { action: 'load', url: decision.to };
      case 'child-window':
        if (decision.url !== url) {
          notify({ kind: 'legacy-link-rewritten', from: url, to: decision.url });
        }
        return { action: 'child-window', url: decision.url };
      case 'external':
        browser.openExternal(decision.url).catch((error: unknown) => {
          log.warn('the system browser did not open', { error: String(error) });
        });
        return { action: 'deny' };
      case 'block':
        log.warn('navigation blocked', { kind, reason: decision.reason, url: safeUrl(url) });
        // Frames and redirects are the page's doing, not the user's: no notice for those.
        if (kind === 'main-frame' || kind === 'window-open') {
          notify({ kind: 'navigation-blocked', url: safeUrl(url) });
        }
        return { action: 'deny' };
    }
  }

  function permission(name: string, origin: string): boolean {
    return ALLOWED_PERMISSIONS.has(name) && isServerOrigin(origin, config.serverUrl);
  }

  function download(item: { filename: string; url: string }): DownloadAction {
    if (config.downloads !== 'allow') {
      notify({ kind: 'download-blocked', filename: item.filename });
      return { action: 'deny' };
    }
    return { action: 'save', directory: config.downloadDirectory || null };
  }

  return { navigation, permission, download };
}

/** URLs shown to the user or logged lose their query and fragment, where tokens could hide;
 * non-web schemes (javascript:, data:) are cut to their scheme. */
export function safeUrl(url: string): string {
  try {
    const parsed = new URL(url);
    if (parsed.protocol === 'http:' || parsed.protocol === 'https:') {
      return `${parsed.protocol}//${parsed.host}${parsed.pathname}`;
    }
    return parsed.protocol;
  } catch {
    return '(unparseable address)';
  }
}
