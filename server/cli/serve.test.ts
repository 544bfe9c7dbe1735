// `npm run server -- --port 0 --seed demo` as a person runs it: a real process that prints the
// URL it chose, answers the password flow walked with the `proof` helper (as the README's curl
// walk-through does), and stops cleanly on SIGTERM.
import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ANNA } from '../testing/demo';
import { runCli } from './run';

const ROOT = fileURLToPath(new URL('../..', import.meta.url));
let dir: string;
let child: ReturnType<typeof spawn>;
let url: string;
let output = '';

beforeAll(async () => {
  dir = mkdtempSync(join(tmpdir(), 'teleq-serve-'));
  child = spawn(
    process.execPath,
    [
      '--import',
      'tsx',
      'server/cli.ts',
      '--port',
      '0',
      '--seed',
      'demo',
      '--no-idp',
      '--log-level',
      'warn',
      '--db',
      join(dir, 'teleq.db'),
    ],
    { cwd: ROOT, stdio: ['ignore', 'pipe', 'pipe'] },
  );
  child.stderr?.on('data', (chunk: Buffer) => (output += chunk.toString()));
  url = await new Promise<string>((resolve, reject) => {
    child.stdout?.on('data', (chunk: Buffer) => {
      output += chunk.toString();
      const match = /listening at (http:\/\/127\.0\.0\.1:\d+)/.exec(output);
      if (match?.[1]) resolve(match[1]);
    });
    child.once('exit', (code) => reject(new Error(`server exited with ${code}: ${output}`)));
  });
}, 60_000);

afterAll(() => {
  if (child.exitCode === null) child.kill('SIGKILL');
  rmSync(dir, { recursive: true, force: true });
});

async function proof(path: string): Promise<string> {
  const lines: string[] = [];
  const code = await runCli(
    ['proof', '--url', url, '--path', path, '--key', join(dir, 'key.json')],
    {
      out: (line) => lines.push(line),
      err: (line) => lines.push(line),
    },
  );
  expect(code, lines.join('\n')).toBe(0);
  return lines[0] as string;
}

const post = async (path: string, body: unknown, token?: string) => {
  const response = await fetch(`${url}/api/v1${path}`, {
    method: 'POST',
    headers: {
      'content-type': 'application/json',
      ...(token ? { authorization: `Bearer ${token}` } : {}),
    },
    body: JSON.stringify(body),
  });
  const text = await response.text();
  return { status: response.status, body: text ? (JSON.parse(text) as Record<string, never>) : {} };
};

describe('npm run server', () => {
  it('prints the free port it chose and walks the password flow with proofs from the helper', async () => {
    expect(url).toMatch(/^http:\/\/127\.0\.0\.1:\d+$/);
    expect((await fetch(`${url}/dev/mail`)).status).toBe(200);

    const hello = await post('/device/hello', { proof: await proof('/device/hello') });
    expect(hello.body).toMatchObject({ error: 'unknown_device' });

    const flow = await post('/login/identify', { username: ANNA.username, email: ANNA.email });
    const login = await post('/login/password', {
      flowId: flow.body['flowId'],
      password: ANNA.password,
      proof: await proof('/login/password'),
    });
    expect(login.body).toMatchObject({ status: 'ok' });

    const known = await post('/device/hello', { proof: await proof('/device/hello') });
    expect(known.body).toMatchObject({ knownUsers: [{ username: ANNA.username }] });
  });

  it('stops cleanly on SIGTERM', async () => {
    const exited = new Promise<number | null>((resolve) =>
      child.once('exit', (code) => resolve(code)),
    );
    child.kill('SIGTERM');
    expect(await exited).toBe(0);
  });
});
