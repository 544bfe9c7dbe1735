/** The suite's figures (escape attempts, axe screens), appended by spec files running in their own
 * processes and summed up by the global setup at the end. */
import { appendFileSync, mkdirSync } from 'node:fs';
import { join } from 'node:path';
import { RESULTS_DIR } from '../../harness/artifacts';

export const FIGURES_DIR = join(RESULTS_DIR, 'e2e-figures');

export function recordFigure(
  file: 'escapes.jsonl' | 'axe.jsonl',
  entry: Record<string, unknown>,
): void {
  mkdirSync(FIGURES_DIR, { recursive: true });
  appendFileSync(join(FIGURES_DIR, file), JSON.stringify(entry) + '\n');
}
