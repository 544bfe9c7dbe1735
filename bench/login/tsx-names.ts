/**
 * tsx (esbuild with keepNames) rewrites inner functions as `__name(fn, "fn")`. The browser
 * shell passes functions to Playwright's addInitScript, which runs their source in the page,
 * where `__name` does not exist: the bridge script throws and the renderer sees no bridge.
 * Under vitest (no keepNames) this never shows. The bench runs under tsx, so every context the
 * shell opens gets a no-op `__name` first.
 */
import type { Browser, BrowserContext } from 'playwright-core';

const DEFINE_NAME = 'globalThis.__name ??= (fn) => fn;';

export function withEsbuildNames(browser: Browser): Browser {
  return new Proxy(browser, {
    get(target, property, receiver) {
      if (property === 'newContext') {
        return async (...args: Parameters<Browser['newContext']>): Promise<BrowserContext> => {
          const context = await target.newContext(...args);
          await context.addInitScript({ content: DEFINE_NAME });
          return context;
        };
      }
      const value: unknown = Reflect.get(target, property, receiver);
      return typeof value === 'function'
        ? (value as (...a: unknown[]) => unknown).bind(target)
        : value;
    },
  });
}
