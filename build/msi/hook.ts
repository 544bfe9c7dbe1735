import { readFile, writeFile } from 'node:fs/promises';
import { addPolicyPropertiesToWix } from './wix-edit';

/** electron-builder's msiProjectCreated hands us the path of project.wxs before it compiles it. */
export async function editWixProjectFile(projectFile: string): Promise<void> {
  const wxs = await readFile(projectFile, 'utf8');
  await writeFile(projectFile, addPolicyPropertiesToWix(wxs), 'utf8');
}
