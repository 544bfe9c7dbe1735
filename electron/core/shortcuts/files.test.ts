import { mkdtempSync, readFileSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { backupPathIn, decode, encode, readNoFollow, writeBackup } from './files';

let dir: string;
beforeEach(() => {
  dir = mkdtempSync(join(tmpdir(), 'teleq-files-'));
});
afterEach(() => rmSync(dir, { recursive: true, force: true }));

describe('shortcut file handling', () => {
  it('refuses to read through a link swapped in at a shortcut path', async () => {
    writeFileSync(join(dir, 'secret.txt'), 'not yours');
    symlinkSync(join(dir, 'secret.txt'), join(dir, 'teleQ.url'));
    await expect(readNoFollow(join(dir, 'teleQ.url'))).rejects.toMatchObject({ code: 'ELOOP' });
  });

  it('writes backups from the bytes it parsed and never over an existing file', async () => {
    const target = join(dir, 'b', 'teleQ.url');
    expect(await writeBackup(Buffer.from('first'), target)).toBe(target);
    expect(await writeBackup(Buffer.from('second'), target)).toBe(`${target}.2`);
    expect(readFileSync(target, 'utf8')).toBe('first');
    expect(readFileSync(`${target}.2`, 'utf8')).toBe('second');
  });

  it('keeps the full path of the original under the backup folder', () => {
    expect(backupPathIn('/var/lib/b', '/home/anna/Desktop/teleQ.url')).toBe(
      '/var/lib/b/home/anna/Desktop/teleQ.url',
    );
  });

  it.each([
    ['UTF-8 with BOM', Buffer.from('\uFEFFURL=https://teleq.fi/ä\r\n', 'utf8'), 'utf8'],
    ['Windows-1252', Buffer.from([0x55, 0x52, 0x4c, 0x3d, 0xe4, 0x0d, 0x0a]), 'latin1'],
    [
      'UTF-16 LE',
      Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from('URL=x', 'utf16le')]),
      'utf16le',
    ],
  ])('round-trips %s byte for byte', (_name, bytes, encoding) => {
    const decoded = decode(bytes);
    expect(decoded.encoding).toBe(encoding);
    expect(encode(decoded.text, decoded.encoding)).toEqual(bytes);
  });
});
