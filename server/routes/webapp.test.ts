// The stand-in teleQ web app (R13): only with a valid session cookie, server-rendered, a strict
// CSP, the features a kiosk must handle, and a logout that ends the session.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, SESSION_COOKIE } from '../../shared/api/paths';
import { ANNA, EEVA } from '../testing/demo';
import { startTestService } from '../testing/start';
import type { TestService } from '../testing/start';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.close());

async function sessionToken(): Promise<string> {
  const client = await service.client();
  const login = await client.login(ANNA.username, ANNA.email, ANNA.password);
  return login.body.session.token as string;
}

const withCookie = (token: string, init: RequestInit = {}) => ({
  ...init,
  redirect: 'manual' as const,
  headers: { ...(init.headers as Record<string, string>), cookie: `${SESSION_COOKIE}=${token}` },
});

describe('/app without a session', () => {
  it.each(['/app', '/app/video', '/app/reports/customer-log.csv'])(
    '%s says to log in via the client and shows no data',
    async (path) => {
      for (const cookie of [undefined, `${SESSION_COOKIE}=${'A'.repeat(43)}`]) {
        const response = await fetch(service.url + path, cookie ? { headers: { cookie } } : {});
        expect(response.status).toBe(401);
        const html = await response.text();
        expect(html).toContain('log in');
        expect(html).not.toContain(ANNA.displayName);
        expect(html).not.toContain('Demo Clinic');
        expect(response.headers.get('content-type')).toContain('text/html');
      }
    },
  );
});

describe('/app with a session', () => {
  it('shows the user, the organisation and every unaffected feature (R13) under a strict CSP', async () => {
    const token = await sessionToken();
    const response = await fetch(`${service.url}/app`, withCookie(token));
    expect(response.status).toBe(200);
    const html = await response.text();
    expect(html).toContain(ANNA.displayName);
    expect(html).toContain('Demo Clinic');
    for (const id of [
      'callback',
      'sms',
      'web-entrance',
      'online-booking',
      'video',
      'chat',
      'question-box',
      'integrations',
      'e-identification',
      'customer-log',
    ]) {
      expect(html).toContain(`id="${id}"`);
    }
    expect(html).toContain('href="https://www.omaolo.fi/"');
    expect(html).toContain('href="https://www.teleq.fi/app/callbacks"');
    expect(html).toContain('href="/app/reports/customer-log.csv"');
    expect(html).not.toMatch(/<script(?![^>]*\bsrc=)[^>]*>/); // no inline script
    const csp = response.headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("default-src 'none'");
    expect(csp).toContain("frame-ancestors 'none'");
    expect(csp).not.toContain('unsafe-inline');
    expect(response.headers.get('cache-control')).toBe('no-store');
  });

  it('serves the video pop-up page that asks for camera and microphone, same origin', async () => {
    const token = await sessionToken();
    const response = await fetch(`${service.url}/app/video`, withCookie(token));
    expect(response.status).toBe(200);
    expect(await response.text()).toContain('id="video-preview"');
    const script = await (await fetch(`${service.url}/app/app.js`)).text();
    expect(script).toContain('getUserMedia');
    expect(script).toContain("window.open('/app/video'");
    expect(script).toContain('indexedDB.open');
    expect(script).toContain('localStorage.setItem');
    expect(script).toContain('teleq_prefs');
  });

  it('downloads the Customer Log 2.0 report as a CSV attachment', async () => {
    const token = await sessionToken();
    const response = await fetch(`${service.url}/app/reports/customer-log.csv`, withCookie(token));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/csv');
    expect(response.headers.get('content-disposition')).toContain('attachment');
    expect((await response.text()).split('\r\n')[0]).toBe(
      'date,time,channel,queue,handled_by,outcome',
    );
  });

  it('logs out: revokes the session, clears the cookie and lands on /logged-out', async () => {
    const token = await sessionToken();
    const response = await fetch(
      `${service.url}/app/logout`,
      withCookie(token, { method: 'POST' }),
    );
    expect(response.status).toBe(303);
    expect(response.headers.get('location')).toBe('/logged-out');
    expect(response.headers.get('set-cookie')).toContain(`${SESSION_COOKIE}=;`);
    expect((await fetch(`${service.url}/app`, withCookie(token))).status).toBe(401);
    const client = await service.client();
    expect((await client.call('GET', API_PATHS.session, undefined, token)).status).toBe(401);
    const page = await fetch(`${service.url}/logged-out`);
    expect(page.status).toBe(200);
    expect(await page.text()).toContain('logged out');
  });

  it('refuses a logout posted from another site', async () => {
    const token = await sessionToken();
    const response = await fetch(
      `${service.url}/app/logout`,
      withCookie(token, { method: 'POST', headers: { origin: 'https://evil.example' } }),
    );
    expect(response.status).toBe(403);
    expect((await fetch(`${service.url}/app`, withCookie(token))).status).toBe(200);
  });

  it('does not open the web app with a change token (expired password)', async () => {
    const client = await service.client();
    const required = await client.login(EEVA.username, EEVA.email, EEVA.password);
    const response = await fetch(`${service.url}/app`, withCookie(required.body.changeToken));
    expect(response.status).toBe(401);
  });
});

describe('/dev/mail', () => {
  it('shows the mail the sink received (development only)', async () => {
    const client = await service.client();
    await client.call('POST', API_PATHS.passwordForgot, {
      username: ANNA.username,
      email: ANNA.email,
    });
    const mail = await service.mail.waitFor(ANNA.email);
    const page = await (await fetch(`${service.url}/dev/mail`)).text();
    expect(page).toContain(mail.subject);
    expect(page).toContain(ANNA.email);
  });

  it('does not exist when a real mail relay is configured', async () => {
    const relayed = await startTestService({ mail: { host: '127.0.0.1', port: 9 } });
    try {
      const response = await fetch(`${relayed.url}/dev/mail`);
      expect(response.status).toBe(404);
    } finally {
      await relayed.close();
    }
  });
});
