/**
 * A foreign origin on loopback for the kiosk-escape specs: any page it serves inside the managed
 * window is an escape. It records every request with the fetch destination, so the suite can
 * count what reached it. 127.0.0.2 and `localhost` are other origins than 127.0.0.1 (the
 * service), as a browser sees them.
 */
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';

export interface ForeignHit {
  method: string;
  path: string;
  dest: string;
  host: string;
}

export interface ForeignServer {
  /** e.g. http://127.0.0.2:41234 */
  url: string;
  port: number;
  hits: ForeignHit[];
  /** Hits that loaded a document (top level, frame or pop-up): escapes if inside the kiosk. */
  documentHits(): ForeignHit[];
  close(): Promise<void>;
}

const PAGE = `<!doctype html><html lang="en"><meta charset="utf-8"><title>Foreign</title>
<body><h1 id="foreign">A foreign site</h1></body></html>`;

export async function startForeignServer(host = '127.0.0.2'): Promise<ForeignServer> {
  const hits: ForeignHit[] = [];
  const server: Server = createServer((req, res) => {
    hits.push({
      method: req.method ?? 'GET',
      path: req.url ?? '/',
      dest: String(req.headers['sec-fetch-dest'] ?? ''),
      host: String(req.headers.host ?? ''),
    });
    req.resume();
    // /redirect?to=URL: a partner page that sends the browser elsewhere.
    const to = new URL(req.url ?? '/', 'http://x').searchParams.get('to');
    if (to && (req.url ?? '').startsWith('/redirect')) {
      res.writeHead(302, { location: to }).end();
      return;
    }
    res.writeHead(200, { 'content-type': 'text/html; charset=utf-8' }).end(PAGE);
  });
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(0, host, () => resolve());
  });
  const port = (server.address() as AddressInfo).port;
  return {
    url: `http://${host}:${port}`,
    port,
    hits,
    documentHits: () =>
      hits.filter((h) => ['document', 'iframe', 'frame', 'embed', 'object', ''].includes(h.dest)),
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
