import type { LoginResult } from '../lib/result';

export async function measureLoginOverhead(
  _logins: number,
  _log: (line: string) => void,
): Promise<LoginResult> {
  throw new Error('the browser shell (test/harness) is not there yet');
}
