/**
 * One Chromium per test file (playwright-core against the system browser), a fresh page per
 * test with the scripted bridge installed before the app's first script runs.
 */
import type { Browser, Page } from 'playwright-core';
import { launchChromium } from '../../test/harness/chromium';
import { AxeBuilder } from '@axe-core/playwright';
import { ensureBuilt } from './dist';
// The browser shell's host: the very CSP the app:// scheme gives our pages in Electron.
import { startRendererHost, type RendererHost } from '../../test/harness/renderer-host';
import { scriptedBridgeSource, type BridgeScript, type RecordedCall } from './scripted-bridge';
import type { TeleqEvent, RequestChannel } from '../../shared/bridge/contract';
import type { ScriptedReply } from './scripted-bridge';

export interface Rig {
  browser: Browser;
  server: RendererHost;
  close(): Promise<void>;
}

export async function startRig(): Promise<Rig> {
  const dist = await ensureBuilt();
  const server = await startRendererHost(dist);
  const browser = await launchChromium();
  return {
    browser,
    server,
    async close() {
      await browser.close();
      await server.close();
    },
  };
}

export interface OpenOptions {
  viewport?: { width: number; height: number };
  /** Without a bridge: the page as it would look opened outside the client. */
  noBridge?: boolean;
}

export interface AppPage {
  page: Page;
  calls(channel?: RequestChannel): Promise<RecordedCall[]>;
  emit(event: TeleqEvent): Promise<void>;
  script<C extends RequestChannel>(channel: C, replies: ScriptedReply<C>[]): Promise<void>;
  release(channel: RequestChannel, value: unknown): Promise<boolean>;
  /** Page errors, console errors and CSP violations seen so far. */
  problems(): Promise<string[]>;
  /** axe-core with the WCAG 2.1 A and AA tags; the violations, readable. */
  axe(): Promise<string[]>;
  /** Wait for a screen of the state machine (App's data-screen). */
  screen(name: string): Promise<void>;
  close(): Promise<void>;
}

export async function openApp(
  rig: Rig,
  script: BridgeScript,
  options: OpenOptions = {},
): Promise<AppPage> {
  const context = await rig.browser.newContext({
    viewport: options.viewport ?? { width: 1280, height: 800 },
    locale: 'fi-FI',
    timezoneId: 'Europe/Helsinki',
  });
  const page = await context.newPage();
  const errors: string[] = [];
  page.on('pageerror', (e) => errors.push(`pageerror: ${e.message}`));
  page.on('console', (m) => {
    if (m.type() === 'error') errors.push(`console: ${m.text()}`);
  });
  if (!options.noBridge) await page.addInitScript({ content: scriptedBridgeSource(script) });
  await page.goto(rig.server.url);
  const handle = 'window.__scriptedBridge';
  return {
    page,
    async calls(channel) {
      const all = (await page.evaluate(`${handle}.calls`)) as RecordedCall[];
      return channel ? all.filter((c) => c.channel === channel) : all;
    },
    async emit(event) {
      await page.evaluate(
        (e) =>
          (
            window as never as { __scriptedBridge: { emit(e: unknown): void } }
          ).__scriptedBridge.emit(e),
        event,
      );
    },
    async script(channel, replies) {
      await page.evaluate(
        ([c, r]) =>
          (
            window as never as { __scriptedBridge: { script(c: unknown, r: unknown): void } }
          ).__scriptedBridge.script(c, r),
        [channel, replies] as const,
      );
    },
    async release(channel, value) {
      return page.evaluate(
        ([c, v]) =>
          (
            window as never as { __scriptedBridge: { release(c: unknown, v: unknown): boolean } }
          ).__scriptedBridge.release(c, v),
        [channel, value] as const,
      );
    },
    async problems() {
      const csp = options.noBridge
        ? []
        : ((await page.evaluate(`${handle}.cspViolations`)) as string[]);
      const styled = (await page.evaluate(`document.querySelectorAll('[style]').length`)) as number;
      return [
        ...errors,
        ...csp.map((c) => `csp: ${c}`),
        ...(styled > 0 ? [`${styled} element(s) with a style attribute`] : []),
      ];
    },
    async axe() {
      const result = await new AxeBuilder({ page })
        .withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
        // Only violations are asserted; skipping the passes' bookkeeping halves the run time.
        .options({ resultTypes: ['violations'] })
        .analyze();
      return result.violations.map(
        (v) => `${v.id}: ${v.help} → ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`,
      );
    },
    async screen(name) {
      await page.waitForSelector(`[data-screen="${name}"]`);
    },
    close: () => context.close(),
  };
}
