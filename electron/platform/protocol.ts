/** The app:// scheme for our own pages, registered as standard and secure, served from
 * dist/renderer with the strict CSP of electron/core/app-scheme.ts. */
import { readFile } from 'node:fs/promises';
import { protocol } from 'electron';
import { APP_SCHEME, appResponseHeaders, resolveAppFile } from '../core/app-scheme';

/** Before app 'ready'. */
export function registerAppSchemePrivileges(): void {
  protocol.registerSchemesAsPrivileged([
    { scheme: APP_SCHEME, privileges: { standard: true, secure: true, supportFetchAPI: true } },
  ]);
}

export function serveAppScheme(root: string): void {
  protocol.handle(APP_SCHEME, async (request) => {
    const file = resolveAppFile(request.url, root);
    if (!file || request.method !== 'GET') return new Response('Not found', { status: 404 });
    try {
      return new Response(await readFile(file), { status: 200, headers: appResponseHeaders(file) });
    } catch {
      return new Response('Not found', { status: 404 });
    }
  });
}
