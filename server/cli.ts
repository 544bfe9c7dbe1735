/** Entry point of `npm run server` and `npm start`: see cli/commands.ts for the commands. */
import { runCli } from './cli/run';

process.exitCode = await runCli(process.argv.slice(2));
