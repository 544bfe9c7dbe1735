/** The configuration file layer: `%ProgramData%\Aurora teleQ\config.json` on Windows,
 * `/etc/aurora-teleq/config.json` elsewhere. A missing file is normal; an unreadable one is a
 * reported problem, never a crash. */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ConfigLayer } from './merge';

export function defaultConfigFilePath(
  platform: NodeJS.Platform = process.platform,
  env: NodeJS.ProcessEnv = process.env,
): string {
  if (platform === 'win32') {
    return join(env.ProgramData ?? 'C:\\ProgramData', 'Aurora teleQ', 'config.json');
  }
  return '/etc/aurora-teleq/config.json';
}

export function parseConfigFile(text: string, path: string): ConfigLayer {
  let json: unknown;
  try {
    // A BOM is what Notepad writes; it is not an error of the administrator's.
    json = JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    return {
      values: {},
      problems: [
        { key: path, source: 'file', message: `not valid JSON: ${(error as Error).message}` },
      ],
    };
  }
  if (typeof json !== 'object' || json === null || Array.isArray(json)) {
    return { values: {}, problems: [{ key: path, source: 'file', message: 'not a JSON object' }] };
  }
  return { values: json as Record<string, unknown> };
}

export function readConfigFile(path: string): ConfigLayer | undefined {
  let text: string;
  try {
    text = readFileSync(path, 'utf8');
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    if (code === 'ENOENT' || code === 'ENOTDIR') return undefined;
    return {
      values: {},
      problems: [{ key: path, source: 'file', message: `cannot be read (${code ?? 'error'})` }],
    };
  }
  return parseConfigFile(text, path);
}
