// R9: only the user can change or reset their own password; no route, command or function does
// it for someone else. These checks read the service's own source and route table, so a new
// admin path that writes a password fails here before review.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { API_PREFIX } from '../../shared/api/paths';
import { buildOpenApiDocument } from '../openapi';
import { startTestService } from '../testing/start';

const SERVER_DIR = fileURLToPath(new URL('..', import.meta.url));

function sourceFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return sourceFiles(path);
    return /\.(ts|sql)$/.test(name) && !/\.test\.ts$/.test(name) ? [path] : [];
  });
}

const sources = sourceFiles(SERVER_DIR).map((path) => ({
  file: relative(SERVER_DIR, path).replaceAll('\\', '/'),
  text: readFileSync(path, 'utf8'),
}));

describe('self-service only (R9)', () => {
  it('writes password hashes in one module only', () => {
    const writers = sources
      .filter(({ text }) => /UPDATE\s+users\s+SET[^;`']*password_hash/i.test(text))
      .map(({ file }) => file);
    expect(writers).toEqual(['auth/own-password.ts']);
    // Creating users (with a hash only for seed and legacy import) happens in one function,
    // which refuses existing usernames at the database level (UNIQUE).
    const inserters = sources.filter(({ text }) =>
      /INSERT\s+(OR\s+\w+\s+)?INTO\s+users\b/i.test(text),
    );
    expect(inserters.map(({ file }) => file)).toEqual(['users.ts']);
    expect(inserters[0]?.text).not.toMatch(/INSERT\s+OR\s+(REPLACE|IGNORE)\s+INTO\s+users/i);
    expect(inserters[0]?.text).not.toMatch(/ON\s+CONFLICT/i);
  });

  it('reaches the password writer only from the self-service routes', () => {
    const users = (name: string) =>
      sources
        .filter(
          ({ file, text }) =>
            file !== 'auth/own-password.ts' && new RegExp(`\\b${name}\\b`).test(text),
        )
        .map(({ file }) => file)
        .sort();
    expect(users('storeOwnPassword')).toEqual(['routes/password.ts']);
    expect(users('hashNewPassword')).toEqual(['routes/password.ts']);
    // Rehashing the same password after a successful login is no change of password.
    expect(users('upgradeHashInPlace')).toEqual(['routes/login.ts']);
  });

  it('takes a new password only where the user proves who they are', () => {
    const doc = buildOpenApiDocument('test') as {
      paths: Record<string, Record<string, { requestBody?: unknown }>>;
    };
    const taking = Object.entries(doc.paths)
      .filter(([, ops]) =>
        Object.values(ops).some((op) =>
          JSON.stringify(op.requestBody ?? {}).includes('newPassword'),
        ),
      )
      .map(([path]) => path)
      .sort();
    expect(taking).toEqual([`${API_PREFIX}/password/change`, `${API_PREFIX}/password/reset`]);
  });

  it('has no admin route of any kind', async () => {
    const service = await startTestService({ seed: null });
    try {
      const routes = service.app.printRoutes({ commonPrefix: false });
      expect(routes).not.toMatch(/admin/i);
      expect(routes).not.toMatch(/users?\//i);
    } finally {
      await service.close();
    }
  });
});
