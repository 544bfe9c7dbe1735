/**
 * A minimal browser for tests: a real cookie jar (tough-cookie), manual redirect following so a
 * test can stop where a real client would intercept (the loopback listener, /sso/complete), and
 * form submission from the page's HTML. Enough to sign in at the development IdP over real HTTP.
 */
import { CookieJar } from 'tough-cookie';

export interface Page {
  url: string;
  status: number;
  html: string;
}

export interface Stop {
  /** The URL the browser was redirected to and did not load (it matched `stopAt`). */
  url: string;
}

const MAX_REDIRECTS = 20;

export class TestBrowser {
  readonly jar = new CookieJar();

  constructor(private readonly stopAt: (url: URL) => boolean = () => false) {}

  /** Loads `url`, following redirects until a page answers or a redirect target matches stopAt. */
  async open(
    url: string,
    init: { method?: string; form?: Record<string, string> } = {},
  ): Promise<Page | Stop> {
    let current = url;
    let method = init.method ?? 'GET';
    let body: URLSearchParams | undefined = init.form ? new URLSearchParams(init.form) : undefined;
    for (let hop = 0; hop < MAX_REDIRECTS; hop += 1) {
      if (this.stopAt(new URL(current))) return { url: current };
      const headers = new Headers();
      const cookie = await this.jar.getCookieString(current);
      if (cookie) headers.set('cookie', cookie);
      if (body) headers.set('content-type', 'application/x-www-form-urlencoded');
      const res = await fetch(current, { method, headers, body, redirect: 'manual' });
      for (const set of res.headers.getSetCookie())
        await this.jar.setCookie(set, current, { ignoreError: true });
      const location = res.headers.get('location');
      if (res.status >= 300 && res.status < 400 && location) {
        await res.arrayBuffer();
        current = new URL(location, current).href;
        // 303 (and in practice 301/302 after a POST) continue as GET, as browsers do.
        if (res.status !== 307 && res.status !== 308) {
          method = 'GET';
          body = undefined;
        }
        continue;
      }
      return { url: current, status: res.status, html: await res.text() };
    }
    throw new Error(`too many redirects from ${url}`);
  }

  /** Submits the page's form (the first one, or the one whose action contains `actionIncludes`). */
  async submit(
    page: Page,
    fields: Record<string, string>,
    actionIncludes?: string,
  ): Promise<Page | Stop> {
    const forms = [...page.html.matchAll(/<form[^>]*action="([^"]+)"[^>]*>([\s\S]*?)<\/form>/g)];
    const form = actionIncludes ? forms.find((f) => f[1]!.includes(actionIncludes)) : forms[0];
    if (!form) throw new Error(`no form on ${page.url}`);
    return this.open(new URL(decodeHtml(form[1]!), page.url).href, {
      method: 'POST',
      form: fields,
    });
  }

  /** Presses a submit button that carries its own formaction (e.g. Cancel). */
  async press(page: Page, buttonText: string): Promise<Page | Stop> {
    const button = [
      ...page.html.matchAll(/<button[^>]*formaction="([^"]+)"[^>]*>([^<]*)<\/button>/g),
    ].find((b) => b[2]!.trim() === buttonText);
    if (!button) throw new Error(`no button "${buttonText}" on ${page.url}`);
    return this.open(new URL(decodeHtml(button[1]!), page.url).href, { method: 'POST', form: {} });
  }
}

export function isPage(result: Page | Stop): result is Page {
  return 'html' in result;
}

function decodeHtml(value: string): string {
  return value.replaceAll('&amp;', '&').replaceAll('&quot;', '"').replaceAll('&#39;', "'");
}
