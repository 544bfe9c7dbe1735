/**
 * File handling for the shortcut migration: byte-faithful decoding, backups that never
 * overwrite, and atomic replacement that keeps the file's mode and owner.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { chmod, chown, mkdir, open, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, parse } from 'node:path';

export type Encoding = 'utf8' | 'utf16le' | 'latin1';

/** Shortcut files are UTF-8 (desktop entries, modern .url), UTF-16 with a BOM, or a Windows ANSI
 * code page. Latin-1 round-trips any byte, so unknown ANSI text is written back unchanged. */
export function decode(bytes: Buffer): { text: string; encoding: Encoding } {
  if (bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: bytes.toString('utf16le'), encoding: 'utf16le' };
  }
  try {
    const text = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true }).decode(bytes);
    return { text, encoding: 'utf8' };
  } catch {
    return { text: bytes.toString('latin1'), encoding: 'latin1' };
  }
}

export function encode(text: string, encoding: Encoding): Buffer {
  return Buffer.from(text, encoding);
}

/** Where a file's backup goes in a backup folder: its whole path, drive letter as a folder. */
export function backupPathIn(backupDir: string, file: string): string {
  const { root } = parse(file);
  const drive = /^([A-Za-z]):/.exec(root)?.[1] ?? '';
  return join(backupDir, drive, file.slice(root.length));
}

/** Writes the original bytes to `target` (or target.2, target.3, …); never replaces a file.
 * The bytes are the ones that were read and parsed, not a second read of a path that a user
 * could have swapped for a link in between. */
export async function writeBackup(original: Buffer, target: string): Promise<string> {
  await mkdir(dirname(target), { recursive: true });
  for (let n = 1; ; n++) {
    const candidate = n === 1 ? target : `${target}.${n}`;
    try {
      await writeFile(candidate, original, { flag: 'wx' });
      return candidate;
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST' || n > 1000) throw error;
    }
  }
}

/** Reads a shortcut without following a link at its path (where the OS can refuse that). */
export async function readNoFollow(file: string): Promise<Buffer> {
  const handle = await open(file, constants.O_RDONLY | (constants.O_NOFOLLOW ?? 0));
  try {
    return await handle.readFile();
  } finally {
    await handle.close();
  }
}

/** Replaces `file` with `bytes` in one rename, so a crash leaves the old or the new shortcut,
 * never half of one. Renaming over a path replaces a link itself, never what it points to. */
export async function replaceAtomically(file: string, bytes: Buffer): Promise<void> {
  const info = await stat(file);
  const temp = join(dirname(file), `.${basename(file)}.${randomBytes(6).toString('hex')}.tmp`);
  const handle = await open(temp, 'wx', info.mode & 0o7777);
  try {
    await handle.writeFile(bytes);
    await handle.sync();
  } finally {
    await handle.close();
  }
  try {
    await chmod(temp, info.mode & 0o7777);
    // Run as root or SYSTEM over users' folders: the shortcut must stay its owner's.
    if (process.platform !== 'win32' && process.getuid?.() === 0) {
      await chown(temp, info.uid, info.gid);
    }
    await rename(temp, file);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
