/**
 * The default command: run the login service until SIGINT/SIGTERM.
 *   --port 8470 (0: a free port, printed) --host 127.0.0.1 --db FILE --seed demo
 *   --log-level info --public-url URL --smtp-host H --smtp-port P (default: the dev mail sink)
 *   --rules-effective-at DATE (R8: when the new password rules took effect; default: when the
 *   database was created)
 */
import { startDemoStack } from '../demo-stack';
import { startLoginService } from '../service';
import type { LoginServiceOptions } from '../service';
import { stringFlag, UsageError } from './args';
import type { CliCommand } from './command';

export const serveCommand: CliCommand = {
  path: [],
  usage:
    '[--port 8470] [--host 127.0.0.1] [--db FILE] [--seed demo [--idp-port N | --no-idp]] [--log-level info] [--public-url URL] [--rules-effective-at DATE] [--smtp-host H --smtp-port P]',
  summary: 'run the login service',
  async run(args, io) {
    const portText = stringFlag(args, 'port') ?? '8470';
    const port = Number.parseInt(portText, 10);
    if (!Number.isInteger(port) || port < 0 || port > 65535)
      throw new UsageError('--port 0..65535');
    const seed = stringFlag(args, 'seed');
    if (seed !== undefined && seed !== 'demo') throw new UsageError('--seed demo is the only seed');
    const dbPath = stringFlag(args, 'db');
    const smtpHost = stringFlag(args, 'smtp-host');
    const rulesText = stringFlag(args, 'rules-effective-at');
    const rulesEffectiveAt = rulesText ? new Date(rulesText) : undefined;
    if (rulesEffectiveAt && Number.isNaN(rulesEffectiveAt.getTime()))
      throw new UsageError('--rules-effective-at needs a date, e.g. 2023-09-01');
    const options: LoginServiceOptions = {
      host: stringFlag(args, 'host') ?? '127.0.0.1',
      port,
      seed: seed === 'demo' ? 'demo' : null,
      logLevel: stringFlag(args, 'log-level') ?? 'info',
      ...(dbPath ? { dbPath } : {}),
      ...(rulesEffectiveAt ? { rulesEffectiveAt } : {}),
      ...(stringFlag(args, 'public-url') ? { publicUrl: stringFlag(args, 'public-url') } : {}),
      ...(smtpHost
        ? {
            mail: {
              host: smtpHost,
              port: Number.parseInt(stringFlag(args, 'smtp-port') ?? '25', 10),
            },
          }
        : {}),
    };
    // With the demo data, the development IdP runs beside the service for Demo Health's SSO
    // (issue 3); --no-idp starts the service alone.
    const stack =
      seed === 'demo' && !args.flags.has('no-idp')
        ? await startDemoStack({
            ...options,
            ...(stringFlag(args, 'idp-port')
              ? { idpPort: Number.parseInt(stringFlag(args, 'idp-port')!, 10) }
              : {}),
          })
        : null;
    const service = stack?.service ?? (await startLoginService(options));
    io.out(`teleQ login service listening at ${service.url}`);
    io.out(`  Login API v1:  ${service.url}/api/v1 (OpenAPI: ${service.url}/api/v1/openapi.json)`);
    io.out(`  web app:       ${service.url}/app`);
    if (service.ctx.devMailbox) io.out(`  dev mail:      ${service.url}/dev/mail`);
    io.out(`  database:      ${dbPath ?? '(temporary, removed on exit)'}`);
    if (seed === 'demo') io.out('  demo data:     seeded (see README, "Demo accounts")');
    if (stack) io.out(`  dev IdP:       ${stack.idpIssuer} (Demo Health's SSO; users in README)`);
    await new Promise<void>((resolve) => {
      const stop = () => resolve();
      process.once('SIGINT', stop);
      process.once('SIGTERM', stop);
    });
    await (stack ?? service).close();
    return 0;
  },
};
