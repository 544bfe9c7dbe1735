/**
 * The loopback redirect listener for SSO in the system browser (RFC 8252 section 7.3): a
 * one-shot HTTP server on 127.0.0.1, any free port, an unguessable path. It answers the browser
 * with a short page that sends the user back to the client and hands the redirect URL (with its
 * ?code= or ?error=) to the core. Nothing but the exact path is accepted.
 */
import { randomBytes } from 'node:crypto';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface LoopbackListener {
  redirectUri: string;
  /** The full redirect URL the browser arrived with; rejects when aborted. */
  result: Promise<URL>;
  close(): void;
}

const DONE_PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Aurora teleQ</title>
<body style="font-family:sans-serif;margin:3rem"><h1>Aurora teleQ</h1>
<p lang="fi">Kirjautuminen jatkuu teleQ-sovelluksessa. Voit sulkea tämän välilehden.</p>
<p lang="sv">Inloggningen fortsätter i teleQ-appen. Du kan stänga den här fliken.</p>
<p lang="en">The sign-in continues in the teleQ app. You can close this tab.</p></body></html>`;

export async function startLoopbackListener(signal: AbortSignal): Promise<LoopbackListener> {
  const path = `/sso/${randomBytes(16).toString('base64url')}`;
  let resolve!: (url: URL) => void;
  let reject!: (error: Error) => void;
  const result = new Promise<URL>((res, rej) => {
    resolve = res;
    reject = rej;
  });
  // The caller awaits `result` only after the browser was opened; an early abort must not be
  // reported as an unhandled rejection.
  result.catch(() => undefined);

  const server: Server = createServer((req, res) => {
    const url = new URL(req.url ?? '/', `http://127.0.0.1`);
    if (req.method !== 'GET' || url.pathname !== path) {
      res.writeHead(404, { 'content-type': 'text/plain' }).end('Not found');
      return;
    }
    res
      .writeHead(200, {
        'content-type': 'text/html; charset=utf-8',
        'cache-control': 'no-store',
        'content-security-policy': "default-src 'none'; style-src 'unsafe-inline'",
        'referrer-policy': 'no-referrer',
      })
      .end(DONE_PAGE);
    resolve(new URL(url.pathname + url.search, redirectUri));
    close();
  });

  await new Promise<void>((res, rej) => {
    server.once('error', rej);
    server.listen(0, '127.0.0.1', () => res());
  });
  const port = (server.address() as AddressInfo).port;
  const redirectUri = `http://127.0.0.1:${port}${path}`;

  function close(): void {
    server.close();
    server.closeAllConnections?.();
  }
  const onAbort = () => {
    reject(new Error('aborted'));
    close();
  };
  if (signal.aborted) onAbort();
  else signal.addEventListener('abort', onAbort, { once: true });
  server.on('close', () => signal.removeEventListener('abort', onAbort));

  return { redirectUri, result, close };
}
