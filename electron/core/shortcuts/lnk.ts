/**
 * Windows shell links (.lnk, [MS-SHLLINK]) whose command-line arguments carry a legacy teleQ
 * address, such as `msedge.exe --kiosk https://www.teleq.fi/`. Only the arguments string is
 * rewritten; every other byte of the link is kept. Anything that does not parse as a shell link
 * is left alone.
 */
import { rewriteUrlsInValue, type UrlChange } from './rewrite';

const HEADER_SIZE = 0x4c;
const LINK_CLSID = Buffer.from('0114020000000000c000000000000046', 'hex');
const HAS_ID_LIST = 0x1;
const HAS_LINK_INFO = 0x2;
const IS_UNICODE = 0x80;
/** The StringData fields in file order, with the LinkFlags bit that says each is present. */
const STRING_FIELDS = [
  ['Name', 0x4],
  ['RelativePath', 0x8],
  ['WorkingDir', 0x10],
  ['Arguments', 0x20],
  ['IconLocation', 0x40],
] as const;

export interface LnkRewrite {
  bytes: Buffer;
  changes: UrlChange[];
}

/** The rewritten link, or null when it is no shell link or names no legacy address. */
export function rewriteLnk(bytes: Buffer): LnkRewrite | null {
  if (bytes.length < HEADER_SIZE || bytes.readUInt32LE(0) !== HEADER_SIZE) return null;
  if (!bytes.subarray(4, 20).equals(LINK_CLSID)) return null;
  const flags = bytes.readUInt32LE(0x14);
  const unicode = (flags & IS_UNICODE) !== 0;
  let pos = HEADER_SIZE;
  const need = (n: number) => pos + n <= bytes.length;
  if (flags & HAS_ID_LIST) {
    if (!need(2)) return null;
    pos += 2 + bytes.readUInt16LE(pos);
  }
  if (flags & HAS_LINK_INFO) {
    if (!need(4)) return null;
    const size = bytes.readUInt32LE(pos);
    if (size < 4) return null;
    pos += size;
  }
  for (const [field, bit] of STRING_FIELDS) {
    if (!(flags & bit)) continue;
    if (!need(2)) return null;
    const count = bytes.readUInt16LE(pos);
    const length = count * (unicode ? 2 : 1);
    if (!need(2 + length)) return null;
    if (field === 'Arguments') {
      const raw = bytes.subarray(pos + 2, pos + 2 + length);
      const text = raw.toString(unicode ? 'utf16le' : 'latin1');
      const { value, pairs } = rewriteUrlsInValue(text);
      if (pairs.length === 0) return null;
      const encoded = Buffer.from(value, unicode ? 'utf16le' : 'latin1');
      const newCount = unicode ? encoded.length / 2 : encoded.length;
      if (newCount > 0xffff) return null;
      const countBytes = Buffer.alloc(2);
      countBytes.writeUInt16LE(newCount);
      return {
        bytes: Buffer.concat([
          bytes.subarray(0, pos),
          countBytes,
          encoded,
          bytes.subarray(pos + 2 + length),
        ]),
        changes: pairs.map(([from, to]) => ({ line: null, key: field, from, to })),
      };
    }
    pos += 2 + length;
  }
  return null;
}
