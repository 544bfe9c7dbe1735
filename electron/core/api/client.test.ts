/**
 * The Login API client against misbehaving servers on loopback: no answer (timeout), a TLS
 * certificate the client does not trust, a rate limit, an answer that breaks the contract, a
 * connection cut mid-call. Retries happen only for safe or idempotent calls.
 */
import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type Server, type ServerResponse } from 'node:http';
import { createServer as createHttpsServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { LoginApi } from './client';

const hasOpenssl = (() => {
  try {
    execFileSync('openssl', ['version'], { stdio: 'ignore' });
    return true;
  } catch {
    console.warn('SKIPPED the untrusted-certificate test: no openssl to make a certificate with');
    return false;
  }
})();

type Handler = (req: IncomingMessage, res: ServerResponse, body: string) => void;
const servers: Server[] = [];

async function serve(
  handler: Handler,
  server: Server = createServer(),
): Promise<{ url: string; calls: string[] }> {
  const calls: string[] = [];
  server.on('request', (req: IncomingMessage, res: ServerResponse) => {
    let body = '';
    req.on('data', (c) => (body += c));
    req.on('end', () => {
      calls.push(`${req.method} ${req.url}`);
      handler(req, res, body);
    });
  });
  await new Promise<void>((r) => server.listen(0, '127.0.0.1', () => r()));
  servers.push(server);
  const { port } = server.address() as AddressInfo;
  const scheme = 'setSecureContext' in server ? 'https' : 'http';
  return { url: `${scheme}://127.0.0.1:${port}`, calls };
}

afterEach(async () => {
  for (const s of servers.splice(0)) {
    s.closeAllConnections?.();
    await new Promise((r) => s.close(r));
  }
});

const api = (serverUrl: string, timeoutMs = 2000) => new LoginApi({ serverUrl, fetch, timeoutMs });
const json = (
  res: ServerResponse,
  status: number,
  body: unknown,
  headers: Record<string, string> = {},
) =>
  res
    .writeHead(status, { 'content-type': 'application/json', ...headers })
    .end(JSON.stringify(body));

describe('Login API client errors', () => {
  it('nothing listening: server_unreachable with the address', async () => {
    const { url } = await serve(() => undefined);
    servers[0]!.close();
    await new Promise((r) => setTimeout(r, 10));
    expect(await api(url).identify('anna', 'anna@x.example')).toEqual({
      ok: false,
      error: { code: 'server_unreachable', serverUrl: url },
    });
  });

  it('a server that never answers: timeout, and a login is not sent twice', async () => {
    const { url, calls } = await serve(() => undefined);
    const result = await api(url, 300).identify('anna', 'anna@x.example');
    expect(result).toEqual({ ok: false, error: { code: 'timeout', serverUrl: url } });
    expect(calls).toEqual(['POST /api/v1/login/identify']);
  });

  it('a safe call is retried once after a cut connection', async () => {
    let n = 0;
    const { url, calls } = await serve((req, res) => {
      if (n++ === 0) return req.socket.destroy();
      json(res, 200, { status: 'ok', version: '1' });
    });
    expect(await api(url).health()).toEqual({ ok: true, value: { status: 'ok', version: '1' } });
    expect(calls).toHaveLength(2);
  });

  it('a password login is never retried after a cut connection', async () => {
    const { url, calls } = await serve((req, res, body) => {
      if (req.url?.endsWith('/device/challenge'))
        return json(res, 200, { nonce: 'n'.repeat(22), expiresAt: new Date().toISOString() });
      expect(body).toContain('proof');
      req.socket.destroy();
    });
    const result = await api(url).loginPassword({ username: 'anna' }, 'pw', async () =>
      'p'.repeat(40),
    );
    expect(result).toMatchObject({ ok: false, error: { code: 'server_unreachable' } });
    expect(calls.filter((c) => c.endsWith('/login/password'))).toHaveLength(1);
  });

  it('a TLS handshake that fails (https to a server that does not speak it): tls_error', async () => {
    const { url } = await serve((_req, res) => json(res, 200, {}));
    const https = url.replace('http://', 'https://');
    expect(await api(https).identify('anna', 'anna@x.example')).toEqual({
      ok: false,
      error: { code: 'tls_error', serverUrl: https },
    });
  });

  it.skipIf(!hasOpenssl)('a certificate the OS does not trust: tls_error', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teleq-tls-'));
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
        '-days',
        '1',
        '-subj',
        '/CN=127.0.0.1',
      ],
      { stdio: 'ignore' },
    );
    const server = createHttpsServer({
      key: readFileSync(join(dir, 'key.pem')),
      cert: readFileSync(join(dir, 'cert.pem')),
    });
    const { url, calls } = await serve((_req, res) => json(res, 200, {}), server);
    expect(url.startsWith('https://')).toBe(true);
    expect(await api(url).identify('anna', 'anna@x.example')).toEqual({
      ok: false,
      error: { code: 'tls_error', serverUrl: url },
    });
    expect(calls).toEqual([]);
  });

  it('rate limit and lockout carry the wait time', async () => {
    const { url } = await serve((req, res) => {
      if (req.url?.endsWith('/login/identify'))
        return json(
          res,
          429,
          { error: 'rate_limited', message: 'slow down' },
          { 'retry-after': '42' },
        );
      json(res, 423, { error: 'locked', message: 'locked', retryAfterSeconds: 900 });
    });
    expect(await api(url).identify('anna', 'anna@x.example')).toEqual({
      ok: false,
      error: { code: 'rate_limited', retryAfterSeconds: 42 },
    });
    expect(await api(url).forgotPassword('anna', 'anna@x.example')).toEqual({
      ok: false,
      error: { code: 'locked', retryAfterSeconds: 900 },
    });
  });

  it('an answer that breaks the contract is a server_error, not a half-parsed value', async () => {
    const { url } = await serve((_req, res) =>
      json(res, 200, { flowId: 'x', methods: 'password' }),
    );
    expect(await api(url).identify('anna', 'anna@x.example')).toEqual({
      ok: false,
      error: { code: 'server_error', serverUrl: url },
    });
  });

  it('an HTML error page (a proxy in the way) is a server_error', async () => {
    const { url } = await serve((_req, res) =>
      res.writeHead(502, { 'content-type': 'text/html' }).end('<h1>Bad gateway</h1>'),
    );
    expect(await api(url).identify('anna', 'anna@x.example')).toMatchObject({
      ok: false,
      error: { code: 'server_error' },
    });
  });

  it('does not follow redirects (a login must not be replayed elsewhere)', async () => {
    const { url } = await serve((_req, res) =>
      res.writeHead(307, { location: 'http://127.0.0.1:9/api/v1/login/identify' }).end(),
    );
    expect(await api(url).identify('anna', 'anna@x.example')).toMatchObject({ ok: false });
  });
});
