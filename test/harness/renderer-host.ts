/**
 * Serves the real renderer build (dist/renderer) on loopback with the CSP our app:// scheme
 * gives it in Electron, so the screens run under the same restrictions in the browser shell.
 */
import { createReadStream, existsSync, statSync } from 'node:fs';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { extname, join, normalize, resolve, sep } from 'node:path';
import { APP_CSP } from '../../electron/core/app-scheme';

export const RENDERER_DIR = join(process.cwd(), 'dist', 'renderer');

/** The very CSP the app:// scheme gives our pages in Electron. */
export const RENDERER_CSP = APP_CSP;

const TYPES: Record<string, string> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.woff2': 'font/woff2',
  '.json': 'application/json',
};

export interface RendererHost {
  url: string;
  close(): Promise<void>;
}

export class RendererBuildMissing extends Error {}

export async function startRendererHost(folder = RENDERER_DIR): Promise<RendererHost> {
  // Absolute and without a trailing separator, so the containment check below means what it says.
  const dir = resolve(folder);
  if (!existsSync(join(dir, 'index.html'))) {
    throw new RendererBuildMissing(
      `the renderer build is missing (${dir}/index.html): run \`npm run build:renderer\` first`,
    );
  }
  const server: Server = createServer((req, res) => {
    const path = new URL(req.url ?? '/', 'http://x').pathname;
    const file = normalize(join(dir, path === '/' ? 'index.html' : decodeURIComponent(path)));
    if (!file.startsWith(dir + sep) || !existsSync(file) || !statSync(file).isFile()) {
      res.writeHead(404).end();
      return;
    }
    res.writeHead(200, {
      'content-type': TYPES[extname(file)] ?? 'application/octet-stream',
      'content-security-policy': RENDERER_CSP,
      'cache-control': 'no-store',
    });
    createReadStream(file).pipe(res);
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', () => resolve()));
  const { port } = server.address() as AddressInfo;
  return {
    url: `http://127.0.0.1:${port}/`,
    async close() {
      server.closeAllConnections();
      await new Promise<void>((resolve) => server.close(() => resolve()));
    },
  };
}
