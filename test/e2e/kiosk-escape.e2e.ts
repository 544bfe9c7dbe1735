/// <reference lib="dom" />
/**
 * Kiosk escape attempts from inside the web app (shared terminal). Each attempt must stay in the
 * managed window or be handled by policy; an escape is any foreign document loaded in the
 * managed window (top frame, frame or pop-up), reaching a foreign server, or a file saved. The
 * web app's own CSP is turned off here, so what is proven is the client's policy, not the page's.
 * Every attempt is counted into the suite's "kiosk escape attempts: N, escapes: M" line.
 */
import { readdirSync } from 'node:fs';
import { afterAll, beforeAll, describe, expect, test } from 'vitest';
import type { Page } from 'playwright-core';
import type { BrowserClient } from '../harness/client';
import { startForeignServer, type ForeignServer } from '../harness/foreign-server';
import type { ManagedWebWindow } from '../harness/web-window';
import { recordFigure } from './support/figures';
import { DEMO, enterPassword, expectWebApp, step1, useJourney } from './support/journey';

const SETTLE = { timeout: 15_000 };

describe('kiosk escape attempts (shared terminal)', () => {
  const journey = useJourney();
  let foreign: ForeignServer;
  /** Same machine, other host name: `localhost` is another origin than 127.0.0.1. */
  let foreignLocalhost: string;
  let client: BrowserClient;
  let win: ManagedWebWindow;
  let app: Page;
  let server: URL;

  beforeAll(async () => {
    foreign = await startForeignServer('127.0.0.2');
    const second = await startForeignServer('127.0.0.1');
    foreignLocalhost = `http://localhost:${second.port}`;
    afterAll(() => second.close());
    client = await journey.client({ mode: 'shared-terminal', bypassWebCsp: true });
    server = new URL(journey.stack.serverUrl);
    await step1(client.page, DEMO.anna);
    await enterPassword(client.page, DEMO.anna.password);
    app = await expectWebApp(client, DEMO.anna.name);
    win = client.web.current()!;
  });
  afterAll(() => foreign?.close());

  /** Every page and frame of the managed window is on the server (or empty). */
  function foreignContent(): string[] {
    const found: string[] = [];
    for (const page of win.context.pages()) {
      for (const frame of page.frames()) {
        const url = frame.url();
        if (url === '' || url === 'about:blank' || url.startsWith('chrome-error:')) continue;
        if (new URL(url).origin !== server.origin) found.push(url);
      }
    }
    return found;
  }

  async function attempt(
    name: string,
    act: (page: Page) => Promise<unknown>,
    settled: () => Promise<unknown>,
  ): Promise<void> {
    const hitsBefore = foreign.documentHits().length;
    await act(app);
    await settled();
    // A window the policy did not adopt must be gone: one left open would be an escape.
    await expect
      .poll(
        () => win.context.pages().filter((q) => q !== app && !win.children.includes(q)).length,
        SETTLE,
      )
      .toBe(0)
      .catch(() => undefined);
    const stray = win.context.pages().filter((q) => q !== app && !win.children.includes(q));
    // The app page is still there and still ours.
    const where = await app.evaluate(() => location.origin);
    const leaks = foreignContent();
    const hits = foreign.documentHits().length - hitsBefore;
    const saved = readdirSync(client.downloadsDir);
    const escaped =
      where !== server.origin ||
      leaks.length > 0 ||
      hits > 0 ||
      saved.length > 0 ||
      stray.length > 0;
    recordFigure('escapes.jsonl', { name, escaped });
    expect({ name, where, leaks, hits, saved, stray: stray.length }).toEqual({
      name,
      stray: 0,
      where: server.origin,
      leaks: [],
      hits: 0,
      saved: [],
    });
  }

  const decided =
    (part: string, action = 'deny') =>
    () =>
      expect
        .poll(
          () => win.navigations.some((n) => n.url.includes(part) && n.action === action),
          SETTLE,
        )
        .toBe(true);

  const inject = (page: Page, html: string) =>
    page.evaluate((markup) => {
      const holder = document.createElement('div');
      holder.innerHTML = markup;
      document.body.append(holder);
      return holder;
    }, html);

  test('top navigation to a foreign origin', async () => {
    await attempt(
      'top navigation to a foreign origin',
      (p) => p.evaluate((u) => void (location.href = u), `${foreign.url}/top`),
      decided('/top'),
    );
    const notice = await client.shell.waitForEvent(
      (e) => e.type === 'notice' && e.notice.kind === 'navigation-blocked',
    );
    expect(notice).toBeTruthy();
  });

  test('window.open to a foreign origin', async () => {
    await attempt(
      'window.open to a foreign origin',
      (p) => p.evaluate((u) => void window.open(u), `${foreign.url}/open`),
      decided('/open'),
    );
  });

  test('a target=_blank link to a foreign origin', async () => {
    await attempt(
      'target=_blank link',
      async (p) => {
        await inject(p, `<a id="blank-link" target="_blank" href="${foreign.url}/blank">x</a>`);
        await p.click('#blank-link');
      },
      decided('/blank'),
    );
  });

  test('a form posted to a foreign origin', async () => {
    await attempt(
      'form post to a foreign origin',
      async (p) => {
        await inject(
          p,
          `<form id="evil-form" method="post" action="${foreign.url}/form"><input name="q" value="patient"></form>`,
        );
        await p.evaluate(() => (document.getElementById('evil-form') as HTMLFormElement).submit());
      },
      decided('/form'),
    );
  });

  test('a foreign iframe', async () => {
    await attempt(
      'foreign iframe',
      (p) => inject(p, `<iframe title="x" src="${foreign.url}/frame"></iframe>`),
      decided('/frame'),
    );
  });

  test('a javascript: URL that tries to leave', async () => {
    await attempt(
      'javascript: URL',
      async (p) => {
        await inject(
          p,
          `<a id="js-link" href="javascript:location.replace('${foreign.url}/js')">x</a>`,
        );
        await p.click('#js-link');
      },
      decided('/js'),
    );
  });

  test('a data: URL, top level and as a pop-up', async () => {
    const refused = app.waitForEvent('console', (m) => /data URL/i.test(m.text()));
    await attempt(
      'data: URL (top level)',
      (p) => p.evaluate(() => void (location.href = 'data:text/html,<h1 id=data>data</h1>')),
      () => refused,
    );
    await attempt(
      'data: URL (pop-up)',
      (p) => p.evaluate(() => void window.open('data:text/html,<h1 id=data>data</h1>')),
      () =>
        expect
          .poll(() => win.context.pages().filter((q) => !q.isClosed()).length, SETTLE)
          .toBe(1 + win.children.filter((c) => !c.isClosed()).length),
    );
  });

  test('a file: URL', async () => {
    const refused = app.waitForEvent('console', (m) => /local resource/i.test(m.text()));
    await attempt(
      'file: URL',
      (p) => p.evaluate(() => void (location.href = 'file:///etc/passwd')),
      () => refused,
    );
  });

  test('a meta refresh to a foreign origin', async () => {
    await attempt(
      'meta refresh',
      (p) =>
        p.evaluate((u) => {
          const meta = document.createElement('meta');
          meta.httpEquiv = 'refresh';
          meta.content = `0;url=${u}`;
          document.head.append(meta);
        }, `${foreign.url}/meta`),
      decided('/meta'),
    );
  });

  test('look-alike hosts and other origins of the same machine', async () => {
    const lookalikes = [
      'https://teleq.fi.example.net/app',
      'https://aurorateleq.com.example.net/app',
      'https://www.takaisinsoitto.fi.example.net/app',
      `http://${server.host}@127.0.0.2:${foreign.port}/credentials`,
      `${foreignLocalhost}/localhost`,
      `http://localhost:${server.port}/app`,
    ];
    for (const url of lookalikes) {
      await attempt(
        `look-alike ${url}`,
        (p) => p.evaluate((u) => void (location.href = u), url),
        () =>
          expect
            .poll(
              () =>
                win.navigations.some(
                  (n) => n.url.startsWith(url.slice(0, 30)) && n.action === 'deny',
                ),
              SETTLE,
            )
            .toBe(true),
      );
    }
  });

  test('a download on a shared terminal is refused', async () => {
    await attempt(
      'download on a shared terminal',
      (p) => p.click('#csv-download'),
      () => expect.poll(() => win.downloads.length, SETTLE).toBe(1),
    );
    expect(win.downloads[0]).toMatchObject({ state: 'cancelled' });
    await client.shell.waitForEvent(
      (e) => e.type === 'notice' && e.notice.kind === 'download-blocked',
    );
  });

  test('a legacy-host link arrives at the configured server, same path', async () => {
    const before = foreign.documentHits().length;
    await app.click('#legacy-link');
    await app.waitForURL(`${server.origin}/app/callbacks`);
    recordFigure('escapes.jsonl', {
      name: 'legacy-host link',
      escaped: foreignContent().length > 0,
    });
    expect(foreignContent()).toEqual([]);
    expect(foreign.documentHits().length).toBe(before);
    const notice = await client.shell.waitForEvent(
      (e) => e.type === 'notice' && e.notice.kind === 'legacy-link-rewritten',
    );
    expect(notice).toMatchObject({ notice: { to: `${server.origin}/app/callbacks` } });
    await app.goto(`${server.origin}/app`);
  });

  test('permission requests: the app origin may use the camera, a foreign frame may not', async () => {
    expect(
      await app.evaluate(() =>
        navigator.permissions.query({ name: 'camera' as PermissionName }).then((r) => r.state),
      ),
    ).toBe('granted');
    await attempt(
      'permission request from a foreign frame',
      (p) =>
        inject(
          p,
          `<iframe title="partner" allow="camera *; microphone *" src="${foreign.url}/perm"></iframe>`,
        ),
      decided('/perm'),
    );
  });
});

describe('permissions of an allowed partner origin (shared terminal)', () => {
  const journey = useJourney();

  test('a foreign origin allowed to load still gets no camera, microphone or notifications', async () => {
    const partner = await startForeignServer('127.0.0.2');
    try {
      const client = await journey.client({
        mode: 'shared-terminal',
        config: { allowedOrigins: [partner.url] },
      });
      await step1(client.page, DEMO.anna);
      await enterPassword(client.page, DEMO.anna.password);
      const app = await expectWebApp(client, DEMO.anna.name);
      await app.evaluate((u) => void (location.href = u), `${partner.url}/partner`);
      await app.waitForURL(`${partner.url}/partner`);
      const states = await app.evaluate(async () => {
        const query = (name: string) =>
          navigator.permissions.query({ name: name as PermissionName }).then((r) => r.state);
        const media = await navigator.mediaDevices.getUserMedia({ video: true, audio: true }).then(
          () => 'granted',
          (e: Error) => e.name,
        );
        return {
          camera: await query('camera'),
          microphone: await query('microphone'),
          notifications: await Notification.requestPermission(),
          media,
        };
      });
      // The allowed partner redirects to an origin nobody allowed: the redirect is refused.
      const elsewhere = await startForeignServer('127.0.0.3');
      try {
        const win = client.web.current()!;
        const target = `${elsewhere.url}/after-redirect`;
        await app.evaluate(
          (u) => void (location.href = u),
          `${partner.url}/redirect?to=${encodeURIComponent(target)}`,
        );
        await expect
          .poll(() => win.navigations.some((n) => n.url === target && n.kind === 'redirect'), {
            timeout: 15_000,
          })
          .toBe(true);
        const redirected =
          elsewhere.documentHits().length > 0 || app.url().startsWith(elsewhere.url);
        recordFigure('escapes.jsonl', {
          name: 'server redirect from an allowed origin to a foreign one',
          escaped: redirected,
        });
        expect(redirected).toBe(false);
        expect(win.navigations.find((n) => n.url === target)?.action).toBe('deny');
      } finally {
        await elsewhere.close();
      }
      const granted = Object.values(states).some((v) => v === 'granted');
      recordFigure('escapes.jsonl', {
        name: 'permission request from an allowed foreign origin',
        escaped: granted,
      });
      expect(states).toEqual({
        camera: 'denied',
        microphone: 'denied',
        notifications: 'denied',
        media: 'NotAllowedError',
      });
    } finally {
      await partner.close();
    }
  });
});

describe('external links on a workstation', () => {
  const journey = useJourney();

  test('go to the system browser, never into the managed window', async () => {
    const client = await journey.client({ mode: 'workstation' });
    await step1(client.page, DEMO.anna);
    await enterPassword(client.page, DEMO.anna.password);
    const app = await expectWebApp(client, DEMO.anna.name);
    const server = new URL(journey.stack.serverUrl);
    await app.click('#external-omaolo');
    await expect
      .poll(() => client.systemBrowser.opened, SETTLE)
      .toContain('https://www.omaolo.fi/');
    const where = await app.evaluate(() => location.origin);
    recordFigure('escapes.jsonl', {
      name: 'external link on a workstation',
      escaped: where !== server.origin,
    });
    expect(where).toBe(server.origin);
    expect(client.web.current()!.context.pages()).toHaveLength(1);
  });
});
