/**
 * Machine policy from the Windows registry: the output of
 * `reg.exe query "HKLM\SOFTWARE\Policies\Aurora\TeleQ"` parsed as a pure function, so it is
 * tested on recorded outputs without Windows. The call itself is a thin adapter in
 * electron/platform/registry.ts.
 *
 * reg.exe prints the key path, then one line per value: four spaces, name, four spaces, type,
 * four spaces, data. REG_DWORD data is hex (0x1e); REG_MULTI_SZ items are joined by the two
 * characters "\0". Value names may contain single spaces, hence the four-space split.
 */
export type RegistryValue =
  | { type: 'REG_SZ' | 'REG_EXPAND_SZ'; data: string }
  | { type: 'REG_DWORD' | 'REG_QWORD'; data: number }
  | { type: 'REG_MULTI_SZ'; data: string[] }
  | { type: 'OTHER'; regType: string; data: string };

const LINE = /^ {4}(.+?) {4}(REG_[A-Z_]+)(?: {4}(.*))?$/;

export function parseRegQuery(output: string): Map<string, RegistryValue> {
  const values = new Map<string, RegistryValue>();
  let headers = 0;
  for (const raw of output.split(/\r?\n/)) {
    const line = raw.replace(/\r$/, '');
    if (/^HKEY_/i.test(line)) {
      // The first header is our key; later ones are subkeys, whose values are not ours.
      headers++;
      continue;
    }
    if (headers !== 1) continue;
    const match = LINE.exec(line);
    if (!match) continue;
    const [, name, type, data = ''] = match as unknown as [string, string, string, string?];
    // The key's unnamed default value is not a setting.
    if (name === '(Default)') continue;
    values.set(name, toValue(type, data));
  }
  return values;
}

function toValue(type: string, data: string): RegistryValue {
  switch (type) {
    case 'REG_SZ':
    case 'REG_EXPAND_SZ':
      return { type, data };
    case 'REG_DWORD':
    case 'REG_QWORD': {
      const n = /^0x[0-9a-f]+$/i.test(data.trim()) ? parseInt(data.trim(), 16) : Number.NaN;
      return { type, data: n };
    }
    case 'REG_MULTI_SZ':
      return { type, data: data === '' ? [] : data.split('\\0').filter((s) => s !== '') };
    default:
      return { type: 'OTHER', regType: type, data };
  }
}

/** True when reg.exe said the key does not exist (no policy set: not a problem). */
export function isMissingKeyOutput(stderr: string): boolean {
  return /unable to find the specified registry key|system was unable to find/i.test(stderr);
}
