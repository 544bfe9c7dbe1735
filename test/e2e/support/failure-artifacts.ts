/** On a failed test, screenshots and traces of every open browser context go to test-results/. */
import { afterEach } from 'vitest';
import { saveFailureArtifacts } from '../../harness/artifacts';

afterEach(async (context) => {
  if (context.task.result?.state !== 'fail') return;
  const dir = await saveFailureArtifacts(
    `${context.task.file?.name ?? 'e2e'}-${context.task.name}`,
  );
  console.log(`[e2e] failure artifacts: ${dir}`);
});
