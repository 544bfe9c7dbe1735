/** Picks the command whose words start argv (longest match), parses the rest, runs it. */
import { parseArgs, UsageError } from './args';
import type { CliIo } from './command';
import { COMMANDS } from './commands';

export const consoleIo: CliIo = {
  out: (line) => process.stdout.write(line + '\n'),
  err: (line) => process.stderr.write(line + '\n'),
};

function usage(io: CliIo): void {
  io.err('usage: npm run server -- <command> [options]');
  for (const command of COMMANDS) {
    io.err(`  ${command.usage}\n      ${command.summary}`);
  }
}

export async function runCli(
  argv: string[],
  io: CliIo = consoleIo,
  commands = COMMANDS,
): Promise<number> {
  if (argv[0] === 'help' || argv.includes('--help')) {
    usage(io);
    return 0;
  }
  const matching = commands
    .filter((command) => command.path.every((word, i) => argv[i] === word))
    .sort((a, b) => b.path.length - a.path.length);
  const command = matching[0];
  const rest = command ? argv.slice(command.path.length) : argv;
  if (
    !command ||
    (command.path.length === 0 && rest[0] !== undefined && !rest[0].startsWith('--'))
  ) {
    io.err(`unknown command: ${argv.join(' ')}`);
    usage(io);
    return 2;
  }
  try {
    return await command.run(parseArgs(rest), io);
  } catch (err) {
    if (err instanceof UsageError) {
      io.err(`${err.message}\nusage: ${command.usage}`);
      return 2;
    }
    io.err(err instanceof Error ? err.message : String(err));
    return 1;
  }
}
