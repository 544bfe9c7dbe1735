/** The shape of one CLI command; commands are listed in cli/commands.ts. */
import type { ParsedArgs } from './args';

export interface CliIo {
  out(line: string): void;
  err(line: string): void;
}

export interface CliCommand {
  /** Words that select the command, e.g. ['user', 'add']; [] is the default (serve). */
  path: string[];
  usage: string;
  summary: string;
  /** Resolves to the exit code; a long-running command (serve) resolves when it stops. */
  run(args: ParsedArgs, io: CliIo): Promise<number>;
}
