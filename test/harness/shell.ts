/**
 * Our own window in the browser shell: the real renderer build in a Chromium page, with
 * `window.teleq` (TeleqBridge) defined by an init script that calls into the REAL controller's
 * `handle(channel, arg)` through a Playwright binding, the same single entry point (and argument
 * validation) as Electron's IPC adapter. The binding checks its sender as that adapter does:
 * only our page's top frame, on our origin. Events go back in order through page.evaluate.
 */
import type { BrowserContext, Page } from 'playwright-core';
import type { TeleqEvent } from '../../shared/bridge/contract';
import type { ClientController } from '../../electron/core/controller';
import type { Layout, ShellPort } from '../../electron/core/ports';

const INVOKE_BINDING = '__teleqInvoke';
const DELIVER_FN = '__teleqDeliver';

/** Runs in the page before any of its scripts. */
function defineBridge(names: { invoke: string; deliver: string }): void {
  const listeners = new Set<(event: unknown) => void>();
  const scope = globalThis as unknown as Record<
    string,
    (c: string, a: unknown) => Promise<unknown>
  >;
  const invoke = scope[names.invoke] as (c: string, a: unknown) => Promise<unknown>;
  const bridge = Object.freeze({
    invoke: (channel: string, arg: unknown) => invoke(channel, arg),
    onEvent(listener: (event: unknown) => void) {
      listeners.add(listener);
      return () => void listeners.delete(listener);
    },
  });
  Object.defineProperty(globalThis, 'teleq', { value: bridge, enumerable: true });
  Object.defineProperty(globalThis, names.deliver, {
    value: (event: unknown) => {
      for (const listener of listeners) listener(event);
    },
  });
}

export interface RendererShell extends ShellPort {
  page: Page;
  layout: Layout;
  events: TeleqEvent[];
  focusCount: number;
  /** Waits until an event matching `match` has been delivered (already or later). */
  waitForEvent(match: (event: TeleqEvent) => boolean): Promise<TeleqEvent>;
  /** Requests refused by the sender check. */
  refusedSenders: string[];
}

export async function createRendererShell(options: {
  context: BrowserContext;
  rendererUrl: string;
  controller: () => ClientController;
  onLayout?: (layout: Layout) => void;
}): Promise<RendererShell> {
  const page = await options.context.newPage();
  const origin = new URL(options.rendererUrl).origin;
  let chain: Promise<unknown> = Promise.resolve();
  let watchers: Array<{ match: (e: TeleqEvent) => boolean; resolve: (e: TeleqEvent) => void }> = [];

  const shell: RendererShell = {
    page,
    layout: 'full',
    events: [],
    focusCount: 0,
    refusedSenders: [],
    send(event) {
      shell.events.push(event);
      chain = chain.then(() =>
        page
          .evaluate(
            ([fn, e]) => (globalThis as never as Record<string, (x: unknown) => void>)[fn]?.(e),
            [DELIVER_FN, event] as const,
          )
          .catch(() => undefined),
      );
      const still: typeof watchers = [];
      for (const w of watchers) {
        if (w.match(event)) w.resolve(event);
        else still.push(w);
      }
      watchers = still;
    },
    setLayout(layout) {
      shell.layout = layout;
      options.onLayout?.(layout);
    },
    focus() {
      shell.focusCount += 1;
      void page.bringToFront().catch(() => undefined);
    },
    waitForEvent(match) {
      const seen = shell.events.find(match);
      if (seen) return Promise.resolve(seen);
      return new Promise((resolve) => watchers.push({ match, resolve }));
    },
  };

  await page.exposeBinding(INVOKE_BINDING, async (source, channel: unknown, arg: unknown) => {
    const frameUrl = source.frame.url();
    if (source.frame !== page.mainFrame() || new URL(frameUrl).origin !== origin) {
      shell.refusedSenders.push(frameUrl);
      throw new Error('untrusted sender');
    }
    return options.controller().handle(channel as never, arg);
  });
  await page.addInitScript(defineBridge, { invoke: INVOKE_BINDING, deliver: DELIVER_FN });
  return shell;
}
