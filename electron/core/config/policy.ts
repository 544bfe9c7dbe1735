/** Registry values under the policy key → the policy layer (value name = configuration key). */
import { CONFIG_KEYS, type ConfigKey } from '../../../shared/config/schema';
import { fromRegistry } from './coerce';
import type { ConfigLayer } from './merge';
import type { RegistryValue } from './registry';

export function policyLayer(values: Map<string, RegistryValue>): ConfigLayer {
  const layer: ConfigLayer = { values: {}, problems: [] };
  for (const [name, value] of values) {
    if (value.type === 'OTHER') {
      layer.problems!.push({
        key: name,
        source: 'policy',
        message: `registry type ${value.regType} is not used by any setting`,
      });
      continue;
    }
    layer.values[name] = (CONFIG_KEYS as string[]).includes(name)
      ? fromRegistry(name as ConfigKey, value.data)
      : value.data;
  }
  return layer;
}
