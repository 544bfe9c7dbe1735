/** `--print-config`: the effective configuration, each value with its source, then problems. */
import { CONFIG_KEYS } from '../../../shared/config/schema';
import type { EffectiveConfig } from './types';

export function formatEffectiveConfig(effective: EffectiveConfig, configFile: string): string {
  const width = Math.max(...CONFIG_KEYS.map((k) => k.length));
  const lines = ['Aurora teleQ: effective configuration', `config file: ${configFile}`, ''];
  for (const key of CONFIG_KEYS) {
    const value = JSON.stringify(effective.config[key]);
    lines.push(`${key.padEnd(width)}  ${value}  (${effective.sources[key]})`);
  }
  if (effective.problems.length > 0) {
    lines.push('', 'problems:');
    for (const p of effective.problems) lines.push(`  [${p.source}] ${p.key}: ${p.message}`);
  }
  return lines.join('\n') + '\n';
}
