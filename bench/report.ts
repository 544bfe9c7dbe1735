/**
 * Regenerates the figures of docs/performance.md and its chart from a bench result:
 * `npx tsx bench/report.ts [bench/results/latest.json]`. `npm run bench` calls it after a full
 * run; the prose around the figures block is written by hand and left alone.
 */
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import type { BenchResult } from './lib/result';
import { missingKeys } from './lib/result';
import { stormChartSvg } from './report/chart';
import { figuresMarkdown, spliceFigures } from './report/figures';

const DOC = fileURLToPath(new URL('../docs/performance.md', import.meta.url));
const CHART = fileURLToPath(new URL('../docs/performance-storm.svg', import.meta.url));
const DEFAULT_RESULT = fileURLToPath(new URL('./results/latest.json', import.meta.url));

export function writeReport(result: BenchResult): void {
  const doc = existsSync(DOC) ? readFileSync(DOC, 'utf8') : '# Performance\n';
  writeFileSync(DOC, spliceFigures(doc, figuresMarkdown(result, 'performance-storm.svg')));
  const caption = `${result.machineLine}; ${result.generatedAt}${result.quick ? ' (smoke run)' : ''}`;
  writeFileSync(CHART, stormChartSvg(result.storm, caption));
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) {
  const file = process.argv[2] ?? DEFAULT_RESULT;
  const result = JSON.parse(readFileSync(file, 'utf8')) as BenchResult;
  const missing = missingKeys(result);
  if (missing.length > 0) {
    process.stderr.write(`${file} lacks ${missing.join(', ')}\n`);
    process.exit(1);
  }
  writeReport(result);
  process.stdout.write(`docs/performance.md and docs/performance-storm.svg from ${file}\n`);
}
