import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { rewriteLnk } from './lnk';
import { migrateShortcuts } from './migrate';

/** A shell link laid out as [MS-SHLLINK] describes it: header, ID list, link info, strings,
 * extra data. The ID list and link info are opaque filler here; the parser must skip them. */
function shellLink(
  strings: { name?: string; workingDir?: string; args?: string; icon?: string },
  unicode = true,
): Buffer {
  let flags = 0x1 | 0x2 | (unicode ? 0x80 : 0);
  const parts: Buffer[] = [];
  const header = Buffer.alloc(0x4c);
  header.writeUInt32LE(0x4c, 0);
  Buffer.from('0114020000000000c000000000000046', 'hex').copy(header, 4);
  parts.push(header);
  const idList = Buffer.from([0x06, 0x00, 0x14, 0x00, 0x1f, 0x50, 0xe0, 0x4f]);
  parts.push(idList);
  const linkInfo = Buffer.alloc(0x1c, 0xab);
  linkInfo.writeUInt32LE(0x1c, 0);
  parts.push(linkInfo);
  const fields: [string | undefined, number][] = [
    [strings.name, 0x4],
    [undefined, 0x8],
    [strings.workingDir, 0x10],
    [strings.args, 0x20],
    [strings.icon, 0x40],
  ];
  for (const [value, bit] of fields) {
    if (value === undefined) continue;
    flags |= bit;
    const count = Buffer.alloc(2);
    count.writeUInt16LE(value.length);
    parts.push(count, Buffer.from(value, unicode ? 'utf16le' : 'latin1'));
  }
  // An extra data block (console properties stand-in) and the terminal block.
  const extra = Buffer.alloc(12, 0xcd);
  extra.writeUInt32LE(12, 0);
  parts.push(extra, Buffer.alloc(4));
  header.writeUInt32LE(flags, 0x14);
  return Buffer.concat(parts);
}

const EDGE_KIOSK = {
  name: 'teleQ kioski',
  workingDir: 'C:\\Program Files (x86)\\Microsoft\\Edge\\Application',
  args: '--kiosk https://www.teleq.fi/login?org=demo --edge-kiosk-type=fullscreen',
  icon: 'C:\\ProgramData\\teleq\\teleq.ico',
};

describe('rewriteLnk', () => {
  it.each([true, false])(
    'rewrites the address in the arguments and keeps every other byte (unicode %s)',
    (unicode) => {
      const before = shellLink(EDGE_KIOSK, unicode);
      const result = rewriteLnk(before)!;
      const expected = shellLink(
        {
          ...EDGE_KIOSK,
          args: '--kiosk https://aurorateleq.com/login?org=demo --edge-kiosk-type=fullscreen',
        },
        unicode,
      );
      expect(result.bytes).toEqual(expected);
      expect(result.changes).toEqual([
        {
          line: null,
          key: 'Arguments',
          from: 'https://www.teleq.fi/login?org=demo',
          to: 'https://aurorateleq.com/login?org=demo',
        },
      ]);
    },
  );

  it('leaves links without a legacy address, look-alikes and addresses outside the arguments alone', () => {
    expect(
      rewriteLnk(shellLink({ ...EDGE_KIOSK, args: '--kiosk https://teleq.fi.example.net/' })),
    ).toBeNull();
    expect(rewriteLnk(shellLink({ name: 'https://teleq.fi/', args: '--new-window' }))).toBeNull();
    expect(rewriteLnk(shellLink({ name: 'no arguments' }))).toBeNull();
  });

  it('refuses anything that is not a well-formed shell link', () => {
    const link = shellLink(EDGE_KIOSK);
    expect(rewriteLnk(Buffer.from('[InternetShortcut]\r\nURL=https://teleq.fi/\r\n'))).toBeNull();
    expect(rewriteLnk(link.subarray(0, 0x4c + 20))).toBeNull();
    const wrongClsid = Buffer.from(link);
    wrongClsid[4] = 0x00;
    expect(rewriteLnk(wrongClsid)).toBeNull();
  });

  it('is migrated like the other shortcuts, with a backup', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'teleq-lnk-'));
    try {
      const before = shellLink(EDGE_KIOSK);
      writeFileSync(join(dir, 'teleQ.lnk'), before);
      const report = await migrateShortcuts({ roots: [dir], dryRun: false, backupDir: null });
      expect(report.changed.map((c) => c.changes[0]!.key)).toEqual(['Arguments']);
      expect(readFileSync(join(dir, 'teleQ.lnk'))).toEqual(rewriteLnk(before)!.bytes);
      expect(readFileSync(join(dir, 'teleQ.lnk.bak'))).toEqual(before);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
