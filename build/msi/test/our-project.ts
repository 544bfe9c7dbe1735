import { fileURLToPath } from 'node:url';
import { getConfig } from 'app-builder-lib/out/util/config/config.js';
import { renderElectronBuilderWixProject, type MsiOptionsLike } from './electron-builder-project';

export const FIXTURE_PATH = fileURLToPath(
  new URL('./fixtures/electron-builder-project.wxs', import.meta.url),
);

/** The project electron-builder generates for the msi options in our electron-builder.yml. */
export async function renderProjectForOurConfig(
  override: Partial<MsiOptionsLike> = {},
): Promise<string> {
  const projectDir = fileURLToPath(new URL('../../..', import.meta.url));
  const config = await getConfig(projectDir, null, null);
  return renderElectronBuilderWixProject({ ...(config.msi as MsiOptionsLike), ...override });
}
