// Rewrites the committed fixture from the installed electron-builder and our electron-builder.yml:
//   npx tsx build/msi/test/render-fixture.ts
import { writeFileSync } from 'node:fs';
import { FIXTURE_PATH, renderProjectForOurConfig } from './our-project';

writeFileSync(FIXTURE_PATH, await renderProjectForOurConfig(), 'utf8');
console.log(`wrote ${FIXTURE_PATH}`);
