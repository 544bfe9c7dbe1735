/**
 * Starts the one Chromium the spec files share, checks the renderer build is there, prints why
 * the Electron leg does not run (when it does not), and at the end the suite's kiosk-escape and
 * axe figures.
 */
import { existsSync, mkdirSync, readFileSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type { TestProject } from 'vitest/node';
import { BROWSER_WS_ENV, launchChromiumServer } from '../../harness/chromium';
import { RENDERER_DIR } from '../../harness/renderer-host';
import { electronLegStatus } from '../../harness/electron-leg';
import { FIGURES_DIR } from './figures';

export default async function setup(project: TestProject) {
  if (!existsSync(join(RENDERER_DIR, 'index.html'))) {
    throw new Error(
      'the renderer build is missing: run `npm run build:renderer` before the e2e suite',
    );
  }
  console.log(`[e2e] ${electronLegStatus().line}`);
  rmSync(FIGURES_DIR, { recursive: true, force: true });
  mkdirSync(FIGURES_DIR, { recursive: true });
  const server = await launchChromiumServer();
  project.provide('browserWs', server.wsEndpoint());
  process.env[BROWSER_WS_ENV] = server.wsEndpoint();
  return async () => {
    await server.close();
    printFigures();
  };
}

function printFigures(): void {
  const read = (name: string): Record<string, unknown>[] =>
    existsSync(join(FIGURES_DIR, name))
      ? readFileSync(join(FIGURES_DIR, name), 'utf8')
          .split('\n')
          .filter(Boolean)
          .map((l) => JSON.parse(l) as Record<string, unknown>)
      : [];
  const escapes = read('escapes.jsonl');
  const escaped = escapes.filter((e) => e.escaped === true);
  console.log(`[e2e] kiosk escape attempts: ${escapes.length}, escapes: ${escaped.length}`);
  for (const e of escaped) console.log(`[e2e]   ESCAPED: ${String(e.name)}`);
  const axe = read('axe.jsonl');
  const screens = new Set(axe.map((a) => String(a.screen)));
  const failing = axe.filter((a) => Number(a.violations) > 0);
  console.log(`[e2e] axe-core: ${screens.size} screens checked, ${failing.length} with violations`);
}

declare module 'vitest' {
  export interface ProvidedContext {
    browserWs: string;
  }
}
