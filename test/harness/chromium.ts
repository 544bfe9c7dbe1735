/**
 * Debian's Chromium through playwright-core: never a downloaded browser. The one launcher of every
 * test, the browser shell, the preview and the bench. The flags keep the
 * browser from talking to anything but loopback (no background networking, no component or sync
 * updates, no QUIC) so a test run sends no traffic off the machine.
 */
import { chromium, type Browser, type BrowserServer } from 'playwright-core';

export const CHROMIUM_PATH = process.env.TELEQ_CHROMIUM ?? '/usr/bin/chromium';

export const CHROMIUM_ARGS = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--no-first-run',
  '--disable-quic',
  // A stand-in camera and microphone, so a granted video call really starts; this does not
  // answer permission prompts (that would be --use-fake-ui-for-media-stream, never used).
  '--use-fake-device-for-media-stream',
];

export function launchChromium(
  options: { headless?: boolean; extraArgs?: string[] } = {},
): Promise<Browser> {
  return chromium.launch({
    executablePath: CHROMIUM_PATH,
    args: [...CHROMIUM_ARGS, ...(options.extraArgs ?? [])],
    headless: options.headless ?? true,
  });
}

/** One browser for the whole suite: spec files connect to it instead of starting their own. */
export function launchChromiumServer(): Promise<BrowserServer> {
  return chromium.launchServer({
    executablePath: CHROMIUM_PATH,
    args: CHROMIUM_ARGS,
    headless: true,
  });
}

export const BROWSER_WS_ENV = 'TELEQ_E2E_BROWSER_WS';

/** Connects to the suite's shared browser when there is one, else launches a private one. */
export async function suiteBrowser(): Promise<Browser> {
  const ws = process.env[BROWSER_WS_ENV];
  return ws ? chromium.connect(ws) : launchChromium();
}

/** Hosts a test may load: loopback only (127.0.0.0/8, ::1, localhost). */
export function isLoopbackUrl(url: string): boolean {
  let host: string;
  try {
    host = new URL(url).hostname.toLowerCase();
  } catch {
    return false;
  }
  return host === 'localhost' || host === '[::1]' || /^127(\.\d{1,3}){3}$/.test(host);
}
