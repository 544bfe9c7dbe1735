// electron-builder loads hooks as plain JavaScript; the edit itself is TypeScript, loaded with
// tsx (a dev dependency, present wherever the installers are built). Any error fails the build.
import { tsImport } from 'tsx/esm/api';

export async function msiProjectCreated(projectFile) {
  const { editWixProjectFile } = await tsImport('./hook.ts', import.meta.url);
  await editWixProjectFile(projectFile);
}

export default msiProjectCreated;
