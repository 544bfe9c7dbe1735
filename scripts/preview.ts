/**
 * `npm run preview`: the whole client in the browser shell, in visible Chromium windows, against
 * the embedded login service (demo data, development mail sink) and the development IdP, so
 * anyone can try it on a machine without Electron. The login screens and client bar are one
 * window; each managed teleQ web session opens its own window (a fresh in-memory context).
 *
 *   npm run preview                       workstation mode
 *   npm run preview -- --shared-terminal  shared-terminal mode (tiles, idle logout, embedded SSO)
 *   npm run preview -- --language fi      Finnish screens (default: English)
 */
import { rmSync } from 'node:fs';
import { launchChromium } from '../test/harness/chromium';
import { startBrowserClient } from '../test/harness/client';
import { setTracing } from '../test/harness/artifacts';
import { RendererBuildMissing, startRendererHost } from '../test/harness/renderer-host';
import { startStack } from '../test/harness/stack';
import type { Language } from '../shared/config/schema';

async function main(): Promise<void> {
  if (!process.env.DISPLAY && !process.env.WAYLAND_DISPLAY) {
    console.error(
      'npm run preview needs a display to show Chromium, and DISPLAY is not set.\n' +
        'On a machine without one, run it under a virtual display: xvfb-run -a npm run preview',
    );
    process.exit(2);
  }
  const args = process.argv.slice(2);
  const mode = args.includes('--shared-terminal') ? 'shared-terminal' : 'workstation';
  const langIndex = args.indexOf('--language');
  const language = (langIndex >= 0 ? args[langIndex + 1] : 'en') as Language;
  setTracing(false);

  const renderer = await startRendererHost().catch((error: unknown) => {
    if (error instanceof RendererBuildMissing) {
      console.error(`${error.message}`);
      process.exit(2);
    }
    throw error;
  });
  const stack = await startStack({ sso: true });
  const browser = await launchChromium({ headless: false });
  const client = await startBrowserClient({
    browser,
    rendererUrl: renderer.url,
    serverUrl: stack.serverUrl,
    mode,
    config: { language },
    echoLog: true,
  });

  console.log(`
Aurora teleQ preview (${mode}) — the real core and screens in Chromium
  login service   ${stack.serverUrl}   (development mail: ${stack.serverUrl}/dev/mail)
  identity (SSO)  ${stack.idp?.issuer ?? '-'}
  demo users      anna.agent / anna.agent@demo-clinic.example / Callback-Queue-2026
                  ville.legacy / ville.legacy@demo-clinic.example / kissa123 (legacy)
                  eeva.expired / eeva.expired@demo-clinic.example / Old-Password-2025! (expired)
                  sanna.sso / sanna.sso@demo-health.example (SSO at the IdP: Revontuli-Portti-2026)
  The device key is kept in this machine's keychain under "Aurora teleQ".
  Close the login window or press Ctrl+C to stop.`);

  let stopping = false;
  const stop = async () => {
    if (stopping) return;
    stopping = true;
    await client.close();
    await browser.close().catch(() => undefined);
    await stack.close();
    await renderer.close();
    rmSync(client.deviceDir, { recursive: true, force: true });
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
  client.page.on('close', () => void stop());
}

void main();
