/**
 * Rewrites the legacy teleQ addresses inside one shortcut file's text (R12), touching nothing
 * but the address: line endings, a byte-order mark, other keys, comments and unrelated URLs stay
 * as they were. The address rule itself is shared/legacy-hosts.ts, the one the client uses.
 */
import { rewriteLegacyUrl } from '../../../shared/legacy-hosts';

export type ShortcutKind = 'url' | 'desktop' | 'lnk';

export interface UrlChange {
  /** 1-based line number in a text shortcut; null in a binary one (.lnk). */
  line: number | null;
  key: string;
  from: string;
  to: string;
}

export interface RewriteResult {
  text: string;
  changes: UrlChange[];
}

export function shortcutKind(fileName: string): ShortcutKind | null {
  const lower = fileName.toLowerCase();
  if (lower.endsWith('.url')) return 'url';
  if (lower.endsWith('.desktop')) return 'desktop';
  if (lower.endsWith('.lnk')) return 'lnk';
  return null;
}

// Stops at whitespace and at the quotes and brackets that delimit a URL inside a command line.
const URL_IN_TEXT = /\bhttps?:\/\/[^\s"'<>`]+/gi;

/** Every legacy address inside a value (a URL, a command line) taken to the new address. */
export function rewriteUrlsInValue(value: string): { value: string; pairs: [string, string][] } {
  const pairs: [string, string][] = [];
  const out = value.replace(URL_IN_TEXT, (url) => {
    const rewritten = rewriteLegacyUrl(url);
    if (!rewritten) return url;
    pairs.push([url, rewritten.to]);
    return rewritten.to;
  });
  return { value: out, pairs };
}

/** Which keys may carry the address: `.url` [InternetShortcut] URL=; `.desktop` URL= (Type=Link)
 * and Exec= (a browser or xdg-open command) in any group, including desktop actions. */
function keyCarriesUrl(kind: ShortcutKind, group: string, key: string): boolean {
  if (kind === 'url')
    return group.toLowerCase() === 'internetshortcut' && key.toLowerCase() === 'url';
  return key === 'URL' || key === 'Exec';
}

export function rewriteShortcutText(kind: 'url' | 'desktop', text: string): RewriteResult {
  // Keep each line's own ending so that CRLF, LF and a missing final newline survive.
  const parts = text.split(/(\r\n|\n|\r)/);
  const changes: UrlChange[] = [];
  let group = '';
  for (let i = 0; i < parts.length; i += 2) {
    const raw = parts[i]!;
    const lineNo = i / 2 + 1;
    // A byte-order mark belongs to the file, not to the first line's content.
    const bom = i === 0 && raw.startsWith('\uFEFF') ? '\uFEFF' : '';
    const line = raw.slice(bom.length);
    const header = /^\s*\[([^\]]*)\]\s*$/.exec(line);
    if (header) {
      group = header[1]!;
      continue;
    }
    const entry = /^(\s*)([A-Za-z0-9-]+)(\[[^\]]*\])?(\s*=\s*)(.*)$/.exec(line);
    if (!entry) continue;
    const [, lead, key, locale = '', eq, value] = entry;
    if (locale || !keyCarriesUrl(kind, group, key!)) continue;
    const { value: newValue, pairs } = rewriteUrlsInValue(value!);
    if (pairs.length === 0) continue;
    parts[i] = `${bom}${lead}${key}${eq}${newValue}`;
    for (const [from, to] of pairs) changes.push({ line: lineNo, key: key!, from, to });
  }
  return { text: parts.join(''), changes };
}
