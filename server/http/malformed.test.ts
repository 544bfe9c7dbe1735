// Bad input never gets a 500: a table of malformed bodies thrown at every route, plus oversized,
// wrongly typed and unknown-route requests. Every answer is {error, message} from the closed list.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_ERROR_CODES, ApiErrorSchema } from '../../shared/api/errors';
import { API_PATHS, API_PREFIX } from '../../shared/api/paths';
import type { LooseBody } from '../testing/api-client';
import { startTestService } from '../testing/start';
import type { TestService } from '../testing/start';

let service: TestService;
beforeAll(async () => {
  // Limits high enough that the table itself is never rate limited.
  const high = { limit: 100_000, windowSeconds: 60 };
  service = await startTestService({
    rateLimits: { identify: high, login: high, forgot: high, reset: high, device: high },
  });
});
afterAll(() => service.close());

const POST_ROUTES = [
  API_PATHS.deviceChallenge,
  API_PATHS.deviceHello,
  API_PATHS.deviceForget,
  API_PATHS.identify,
  API_PATHS.loginPassword,
  API_PATHS.passwordChange,
  API_PATHS.passwordForgot,
  API_PATHS.passwordReset,
  API_PATHS.sessionLogout,
];

const long = 'a'.repeat(5000);
const MALFORMED: [string, string, string | null][] = [
  ['empty body with JSON type', '', 'application/json'],
  ['not JSON', '{username: anna}', 'application/json'],
  ['truncated JSON', '{"username": "anna', 'application/json'],
  ['JSON null', 'null', 'application/json'],
  ['JSON array', '[1,2,3]', 'application/json'],
  ['JSON string', '"hello"', 'application/json'],
  ['JSON number', '42', 'application/json'],
  ['empty object', '{}', 'application/json'],
  [
    'wrong types',
    '{"username": 1, "email": true, "password": [], "proof": {}, "flowId": 5, "code": 1}',
    'application/json',
  ],
  [
    'nulls',
    '{"username": null, "email": null, "password": null, "proof": null}',
    'application/json',
  ],
  [
    'oversized fields',
    JSON.stringify({
      username: long,
      email: `${long}@x.fi`,
      password: long,
      proof: long,
      flowId: long,
      code: long,
      newPassword: long,
      currentPassword: long,
    }),
    'application/json',
  ],
  [
    'unknown fields',
    '{"username": "anna.agent", "email": "anna.agent@demo-clinic.example", "admin": true}',
    'application/json',
  ],
  [
    'prototype pollution',
    '{"__proto__": {"admin": true}, "constructor": {"prototype": {"x": 1}}}',
    'application/json',
  ],
  ['deep nesting', '['.repeat(5000) + ']'.repeat(5000), 'application/json'],
  ['bad unicode', '{"username": "\\ud800", "email": "\\udfff@x.fi"}', 'application/json'],
  [
    'control characters',
    '{"username": "anna\\u0000agent", "email": "a\\nb@x.fi"}',
    'application/json',
  ],
  [
    'form encoded',
    'username=anna.agent&email=anna.agent%40demo-clinic.example',
    'application/x-www-form-urlencoded',
  ],
  ['plain text', 'hello', 'text/plain'],
  ['xml', '<login><username>anna</username></login>', 'application/xml'],
  ['no content type', '{"username":"anna.agent"}', null],
  [
    'garbage proof',
    '{"proof": "not.a.jws", "username": "anna.agent", "password": "x", "flowId": "AAAAAAAAAAAAAAAAAAAAAA"}',
    'application/json',
  ],
  [
    'jws with garbage parts',
    '{"proof": "eyJ!!!.e30.###############################", "username": "anna.agent"}',
    'application/json',
  ],
];

describe('malformed bodies at every route', () => {
  for (const path of POST_ROUTES) {
    it(`POST ${path}`, async () => {
      for (const [label, body, type] of MALFORMED) {
        const headers: Record<string, string> = { authorization: `Bearer ${'B'.repeat(43)}` };
        if (type) headers['content-type'] = type;
        const response = await fetch(service.url + API_PREFIX + path, {
          method: 'POST',
          headers,
          body,
        });
        const text = await response.text();
        expect(response.status, `${label}: ${text}`).toBeGreaterThanOrEqual(200);
        expect(response.status, `${label}: ${text}`).toBeLessThan(500);
        if (response.status >= 400) {
          const parsed = ApiErrorSchema.safeParse(JSON.parse(text));
          expect(parsed.success, `${label}: ${text}`).toBe(true);
          expect(API_ERROR_CODES).toContain(parsed.data?.error);
          expect(text).not.toMatch(/at .*\.(ts|js):\d+/); // no stack trace
        }
      }
    });
  }
});

describe('request framing', () => {
  it('answers 413 payload_too_large for a body over the limit', async () => {
    const response = await fetch(service.url + API_PREFIX + API_PATHS.identify, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'x', email: 'y'.repeat(200_000) }),
    });
    expect(response.status).toBe(413);
    expect(((await response.json()) as LooseBody).error).toBe('payload_too_large');
  });

  it('answers 415 unsupported_media_type for a non-JSON body', async () => {
    const response = await fetch(service.url + API_PREFIX + API_PATHS.identify, {
      method: 'POST',
      headers: { 'content-type': 'text/plain' },
      body: 'hello',
    });
    expect(response.status).toBe(415);
    expect(((await response.json()) as LooseBody).error).toBe('unsupported_media_type');
  });

  it('answers 400 invalid_request with the issues (never the values) for a wrong body', async () => {
    const response = await fetch(service.url + API_PREFIX + API_PATHS.identify, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ username: 'anna agent!', email: 'secret-value-not-an-email' }),
    });
    expect(response.status).toBe(400);
    const body = (await response.json()) as LooseBody;
    expect(body.error).toBe('invalid_request');
    expect(body.issues.map((i: { path: string }) => i.path).sort()).toEqual(['email', 'username']);
    expect(JSON.stringify(body)).not.toContain('secret-value-not-an-email');
  });

  it('answers 404 not_found for an unknown route and 405 for a wrong method', async () => {
    const missing = await fetch(`${service.url}/api/v1/nothing/here`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: 'not_found' });
    const wrongMethod = await fetch(service.url + API_PREFIX + API_PATHS.identify);
    expect(wrongMethod.status).toBe(405);
    expect(await wrongMethod.json()).toMatchObject({ error: 'method_not_allowed' });
  });

  it('survives odd URLs and headers', async () => {
    const odd = [
      [`${service.url}/api/v1/%E0%A4%A`, {}],
      [`${service.url}/app?x=%00`, {}],
      [
        `${service.url}/api/v1/session`,
        { headers: { authorization: 'Bearer ' + 'x'.repeat(5000) } },
      ],
      [`${service.url}/app`, { headers: { cookie: 'teleq_session=%%%; teleq_session=' } }],
    ] as const;
    for (const [url, init] of odd) {
      const response = await fetch(url, init);
      expect(response.status, url).toBeGreaterThanOrEqual(400);
      expect(response.status, url).toBeLessThan(500);
    }
  });
});
