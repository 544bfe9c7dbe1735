// Writes the Group Policy templates: `npm run policy:generate` (into build/policy/), or
// `tsx build/policy/generate.mts --out release/policy` (beside the installers, for IT).
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPolicyTemplates } from './admx';

const outIndex = process.argv.indexOf('--out');
const outDir =
  outIndex === -1
    ? dirname(fileURLToPath(import.meta.url))
    : resolve(process.argv[outIndex + 1] ?? 'release/policy');
for (const [name, content] of Object.entries(renderPolicyTemplates())) {
  const file = join(outDir, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, 'utf8');
  console.log(`wrote ${relative(process.cwd(), file)}`);
}
