/**
 * `aurora-teleq --migrate-shortcuts [--dry-run] [--all-users] [--root DIR]… [--backup-dir DIR]
 * [--backup-beside] [--log FILE]`: the command IT runs (or the MSI runs with
 * MIGRATE_SHORTCUTS=1) to retire the old teleQ shortcuts (R12). electron/main.ts calls
 * runMigrateShortcutsCli before creating any window and exits with its result.
 */
import { appendFile, mkdir } from 'node:fs/promises';
import { readdirSync, readFileSync } from 'node:fs';
import { homedir } from 'node:os';
import { dirname, posix, win32 } from 'node:path';
import { migrateShortcuts } from './migrate';
import { formatReport } from './report';
import { defaultShortcutRoots } from './roots';

export const MIGRATE_SHORTCUTS_FLAG = '--migrate-shortcuts';

export interface CliIo {
  stdout(line: string): void;
  stderr(line: string): void;
}

export interface CliDeps {
  platform?: NodeJS.Platform;
  home?: string;
  now?: () => Date;
  isPrivileged?: () => boolean;
}

export const EXIT_OK = 0;
/** Some shortcut could not be read or rewritten; the rest were handled. */
export const EXIT_SOME_FAILED = 1;
export const EXIT_USAGE = 2;

const USAGE = [
  'Usage: aurora-teleq --migrate-shortcuts [options]',
  'Rewrites desktop and start-menu shortcuts that point at takaisinsoitto.fi or teleq.fi to',
  'https://aurorateleq.com (same path), keeping a backup of each changed file.',
  '  --dry-run         report what would change; write nothing',
  "  --all-users       every user's folders too (run as administrator or root)",
  '  --root DIR        look only in DIR (repeatable) instead of the usual folders',
  '  --backup-dir DIR  put backups under DIR (default: see the IT guide)',
  '  --backup-beside   put each backup beside its shortcut as <name>.bak',
  '  --log FILE        append the report to FILE as well',
];

/** Switches that Electron, Chromium, a Linux launcher or the client's own argument layer may put
 * on any start of the app; they mean nothing here. Everything else unknown is refused, so that a
 * mistyped --dry-run can never turn into a real run. */
const PASS_THROUGH =
  /^--(no-sandbox|disable-gpu[\w-]*|enable-logging|user-data-dir|config-file)(=|$)/;

export interface CliOptions {
  dryRun: boolean;
  allUsers: boolean;
  roots: string[];
  backupDir: string | null | undefined;
  log: string | null;
  help: boolean;
}

export function parseMigrateArgs(argv: readonly string[]): CliOptions | string {
  const options: CliOptions = {
    dryRun: false,
    allUsers: false,
    roots: [],
    backupDir: undefined,
    log: null,
    help: false,
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i]!;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? arg.split(/=(.*)/s) : [arg];
    const value = (): string | null => {
      if (inline !== undefined) return inline;
      const next = argv[i + 1];
      if (next === undefined || next.startsWith('--')) return null;
      i++;
      return next;
    };
    switch (name) {
      case MIGRATE_SHORTCUTS_FLAG:
        break;
      case '--dry-run':
        options.dryRun = true;
        break;
      case '--all-users':
        options.allUsers = true;
        break;
      case '--backup-beside':
        options.backupDir = null;
        break;
      case '--help':
      case '-h':
        options.help = true;
        break;
      case '--root':
      case '--backup-dir':
      case '--log': {
        const v = value();
        if (!v) return `${name} needs a value`;
        if (name === '--root') options.roots.push(v);
        else if (name === '--backup-dir') options.backupDir = v;
        else options.log = v;
        break;
      }
      default:
        // The executable's own path (or the app folder in development) arrives as a positional.
        if (arg.startsWith('-') && !PASS_THROUGH.test(arg)) return `unknown option ${arg}`;
    }
  }
  return options;
}

/** Backups go where users do not see them and IT can find them, one folder per run. */
export function defaultBackupDir(
  platform: NodeJS.Platform,
  env: Record<string, string | undefined>,
  home: string,
  privileged: boolean,
  now: Date,
): string {
  const stamp = now.toISOString().replace(/[:.]/g, '-');
  if (platform === 'win32') {
    const base = privileged
      ? (env.ProgramData ?? 'C:\\ProgramData')
      : (env.LOCALAPPDATA ?? win32.join(home, 'AppData', 'Local'));
    return win32.join(base, 'Aurora teleQ', 'shortcut-backups', stamp);
  }
  const base = privileged
    ? '/var/lib/aurora-teleq'
    : posix.join(env.XDG_STATE_HOME ?? posix.join(home, '.local', 'state'), 'aurora-teleq');
  return posix.join(base, 'shortcut-backups', stamp);
}

function listDirectories(dir: string): string[] {
  try {
    return readdirSync(dir, { withFileTypes: true })
      .filter((e) => e.isDirectory())
      .map((e) => e.name);
  } catch {
    return [];
  }
}

function readText(file: string): string | null {
  try {
    return readFileSync(file, 'utf8');
  } catch {
    return null;
  }
}

export async function runMigrateShortcutsCli(
  argv: readonly string[],
  env: Record<string, string | undefined>,
  io: CliIo,
  deps: CliDeps = {},
): Promise<number> {
  const parsed = parseMigrateArgs(argv);
  if (typeof parsed === 'string') {
    io.stderr(`aurora-teleq: ${parsed}`);
    USAGE.forEach((l) => io.stderr(l));
    return EXIT_USAGE;
  }
  if (parsed.help) {
    USAGE.forEach((l) => io.stdout(l));
    return EXIT_OK;
  }
  const platform = deps.platform ?? process.platform;
  const home = deps.home ?? homedir();
  const now = (deps.now ?? (() => new Date()))();
  const privileged =
    deps.isPrivileged?.() ?? (platform === 'win32' ? parsed.allUsers : process.getuid?.() === 0);
  const roots =
    parsed.roots.length > 0
      ? parsed.roots
      : defaultShortcutRoots({
          platform,
          env,
          home,
          allUsers: parsed.allUsers,
          listDirectories,
          readText,
        });
  const backupDir =
    parsed.backupDir === undefined
      ? defaultBackupDir(platform, env, home, privileged, now)
      : parsed.backupDir;

  const report = await migrateShortcuts({ roots, dryRun: parsed.dryRun, backupDir });
  const lines = formatReport(report);
  lines.forEach((l) => io.stdout(l));
  for (const f of report.failed) io.stderr(`failed ${f.file}: ${f.reason}`);

  if (parsed.log) {
    try {
      await mkdir(dirname(parsed.log), { recursive: true });
      const header = `# ${now.toISOString()} aurora-teleq ${MIGRATE_SHORTCUTS_FLAG}${parsed.dryRun ? ' --dry-run' : ''}`;
      await appendFile(parsed.log, [header, ...lines, ''].join('\n'), 'utf8');
    } catch (error) {
      io.stderr(`aurora-teleq: could not write the log ${parsed.log}: ${String(error)}`);
      return EXIT_SOME_FAILED;
    }
  }
  return report.failed.length > 0 ? EXIT_SOME_FAILED : EXIT_OK;
}

/** True when argv asks for the migration (electron/main.ts checks this first). */
export function isMigrateShortcutsInvocation(argv: readonly string[]): boolean {
  return argv.includes(MIGRATE_SHORTCUTS_FLAG);
}
