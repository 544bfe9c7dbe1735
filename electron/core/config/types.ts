import type { Notice } from '../../../shared/bridge/contract';
import type { Config, ConfigKey, ConfigSource } from '../../../shared/config/schema';

/** One thing wrong with the configuration, reported to the log, `--print-config` and (as a
 * notice) the user; the value in question fell back to the next lower layer. */
export interface ConfigProblem {
  key: string;
  source: ConfigSource;
  message: string;
}

/** The merged configuration (defaults < file < policy < flags), each value with its source. */
export interface EffectiveConfig {
  config: Config;
  sources: Record<ConfigKey, ConfigSource>;
  problems: ConfigProblem[];
  /** What the user should be told at start-up (legacy server rewritten, invalid values, …). */
  notices: Notice[];
}
