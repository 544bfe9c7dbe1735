/**
 * Failure evidence: every browser context the harness makes records a Playwright trace; when a
 * test fails, each open page is screenshotted and each trace saved under test-results/. Passing
 * tests discard their traces.
 */
import { mkdirSync } from 'node:fs';
import { join } from 'node:path';
import type { BrowserContext } from 'playwright-core';

export const RESULTS_DIR = join(process.cwd(), 'test-results');

const contexts = new Map<BrowserContext, string>();
let tracing = process.env.TELEQ_E2E_TRACE !== '0';

export function setTracing(on: boolean): void {
  tracing = on;
}

export function trackContext(context: BrowserContext, role: string): void {
  contexts.set(context, role);
  context.on('close', () => contexts.delete(context));
  if (tracing) {
    void context.tracing.start({ snapshots: true, screenshots: false }).catch(() => undefined);
  }
}

function slug(text: string): string {
  return (
    text
      .replace(/[^a-z0-9]+/gi, '-')
      .replace(/^-|-$/g, '')
      .slice(0, 80) || 'test'
  );
}

/** Screenshots and traces of every open context, under test-results/<name>/. */
export async function saveFailureArtifacts(name: string): Promise<string> {
  const dir = join(RESULTS_DIR, slug(name));
  mkdirSync(dir, { recursive: true });
  let n = 0;
  for (const [context, role] of contexts) {
    n += 1;
    for (const [i, page] of context.pages().entries()) {
      await page
        .screenshot({ path: join(dir, `${n}-${role}-page${i}.png`), fullPage: true })
        .catch(() => undefined);
    }
    if (tracing) {
      await context.tracing
        .stop({ path: join(dir, `${n}-${role}-trace.zip`) })
        .catch(() => undefined);
      await context.tracing.start({ snapshots: true }).catch(() => undefined);
    }
  }
  return dir;
}
