/** Machine policy on Windows: a thin adapter over `reg.exe query`; the parsing is in
 * electron/core/config/registry.ts and tested on recorded outputs. */
import { execFileSync } from 'node:child_process';
import { join } from 'node:path';
import { policyLayer } from '../core/config/policy';
import type { ConfigLayer } from '../core/config/merge';
import { isMissingKeyOutput, parseRegQuery } from '../core/config/registry';

export const POLICY_KEY = 'HKLM\\SOFTWARE\\Policies\\Aurora\\TeleQ';

export function readPolicy(platform: NodeJS.Platform = process.platform): ConfigLayer | undefined {
  if (platform !== 'win32') return undefined;
  const reg = join(process.env.SystemRoot ?? 'C:\\Windows', 'System32', 'reg.exe');
  try {
    const output = execFileSync(reg, ['query', POLICY_KEY], {
      encoding: 'utf8',
      windowsHide: true,
      timeout: 10_000,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    return policyLayer(parseRegQuery(output));
  } catch (error) {
    const stderr = String((error as { stderr?: unknown }).stderr ?? '');
    if (isMissingKeyOutput(stderr)) return undefined;
    return {
      values: {},
      problems: [
        {
          key: POLICY_KEY,
          source: 'policy',
          message: `could not be read: ${stderr.trim() || String(error)}`,
        },
      ],
    };
  }
}
