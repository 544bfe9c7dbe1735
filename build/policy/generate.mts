// Writes the Group Policy templates: npm run policy:generate
import { mkdirSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { renderPolicyTemplates } from './admx';

const here = dirname(fileURLToPath(import.meta.url));
for (const [name, content] of Object.entries(renderPolicyTemplates())) {
  const file = join(here, name);
  mkdirSync(dirname(file), { recursive: true });
  writeFileSync(file, content, 'utf8');
  console.log(`wrote build/policy/${name}`);
}
