/** Everything that goes into the effective configuration, read and merged in one call. */
import { parseArgs, type ParsedArgs } from './args';
import { defaultConfigFilePath, readConfigFile } from './file';
import { mergeConfig, type ConfigLayer } from './merge';
import type { EffectiveConfig } from './types';

export interface LoadConfigOptions {
  argv: readonly string[];
  /** The policy layer (Windows registry); undefined elsewhere. */
  policy?: ConfigLayer;
  /** Packaged builds: flags do not override machine policy. */
  flagsOverridePolicy: boolean;
  platform?: NodeJS.Platform;
  env?: NodeJS.ProcessEnv;
}

export interface LoadedConfig {
  effective: EffectiveConfig;
  args: ParsedArgs;
  configFile: string;
}

export function loadConfig(options: LoadConfigOptions): LoadedConfig {
  const args = parseArgs(options.argv);
  const configFile = args.configFile ?? defaultConfigFilePath(options.platform, options.env);
  const effective = mergeConfig({
    file: readConfigFile(configFile),
    policy: options.policy,
    flag: args.flags,
    flagsOverridePolicy: options.flagsOverridePolicy,
  });
  return { effective, args, configFile };
}
