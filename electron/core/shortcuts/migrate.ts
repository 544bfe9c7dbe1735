/**
 * Finds Internet shortcuts (.url) and desktop entries (.desktop) under the given folders that
 * point at takaisinsoitto.fi or teleq.fi and rewrites them to https://aurorateleq.com, same path
 * (R12). Each change is reported; a backup is written before any file is replaced; a dry run
 * reads only.
 */
import { lstat, readdir } from 'node:fs/promises';
import { join } from 'node:path';
import {
  backupPathIn,
  decode,
  encode,
  readNoFollow,
  replaceAtomically,
  writeBackup,
} from './files';
import { rewriteLnk } from './lnk';
import { rewriteShortcutText, shortcutKind, type UrlChange } from './rewrite';

export interface MigrateOptions {
  roots: readonly string[];
  dryRun: boolean;
  /** A folder for backups (the file's full path is kept under it); null: `<file>.bak` beside. */
  backupDir: string | null;
  /** How deep below each root to look; start menus nest program folders. */
  maxDepth?: number;
}

export interface ShortcutChange {
  file: string;
  changes: UrlChange[];
  /** Where the original went; null in a dry run. */
  backup: string | null;
}

export interface ShortcutFailure {
  file: string;
  reason: string;
}

export interface MigrationReport {
  dryRun: boolean;
  roots: string[];
  scanned: number;
  changed: ShortcutChange[];
  failed: ShortcutFailure[];
}

const MAX_SHORTCUT_BYTES = 64 * 1024;

function reasonOf(error: unknown): string {
  const e = error as NodeJS.ErrnoException;
  return e.code ? `${e.code}: ${e.message}` : String(e?.message ?? e);
}

async function* shortcutFiles(
  dir: string,
  depth: number,
  failed: ShortcutFailure[],
): AsyncGenerator<string> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch (error) {
    const code = (error as NodeJS.ErrnoException).code;
    // A usual folder that this machine or user simply does not have is not a failure.
    if (code !== 'ENOENT' && code !== 'ENOTDIR')
      failed.push({ file: dir, reason: reasonOf(error) });
    return;
  }
  for (const entry of entries) {
    const path = join(dir, entry.name);
    // Links and junctions are never followed: run as SYSTEM or root, a user's link could
    // otherwise steer the rewrite at a file the user may not change.
    if (entry.isSymbolicLink()) continue;
    if (entry.isDirectory()) {
      if (depth > 0) yield* shortcutFiles(path, depth - 1, failed);
    } else if (entry.isFile() && shortcutKind(entry.name)) {
      yield path;
    }
  }
}

function rewriteBytes(file: string, bytes: Buffer): { bytes: Buffer; changes: UrlChange[] } | null {
  const kind = shortcutKind(file)!;
  if (kind === 'lnk') return rewriteLnk(bytes);
  const { text, encoding } = decode(bytes);
  const result = rewriteShortcutText(kind, text);
  return result.changes.length === 0
    ? null
    : { bytes: encode(result.text, encoding), changes: result.changes };
}

async function migrateFile(file: string, options: MigrateOptions): Promise<ShortcutChange | null> {
  const info = await lstat(file);
  if (!info.isFile() || info.size > MAX_SHORTCUT_BYTES) return null;
  const bytes = await readNoFollow(file);
  const result = rewriteBytes(file, bytes);
  if (!result) return null;
  if (options.dryRun) return { file, changes: result.changes, backup: null };
  const backupTarget =
    options.backupDir === null ? `${file}.bak` : backupPathIn(options.backupDir, file);
  const backup = await writeBackup(bytes, backupTarget);
  await replaceAtomically(file, result.bytes);
  return { file, changes: result.changes, backup };
}

export async function migrateShortcuts(options: MigrateOptions): Promise<MigrationReport> {
  const report: MigrationReport = {
    dryRun: options.dryRun,
    roots: [...options.roots],
    scanned: 0,
    changed: [],
    failed: [],
  };
  const seen = new Set<string>();
  for (const root of options.roots) {
    for await (const file of shortcutFiles(root, options.maxDepth ?? 6, report.failed)) {
      if (seen.has(file)) continue;
      seen.add(file);
      report.scanned++;
      try {
        const change = await migrateFile(file, options);
        if (change) report.changed.push(change);
      } catch (error) {
        report.failed.push({ file, reason: reasonOf(error) });
      }
    }
  }
  return report;
}
