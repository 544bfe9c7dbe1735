// GET /health and the OpenAPI 3.1 document generated from the shared schemas.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { API_PATHS, API_PREFIX } from '../../shared/api/paths';
import { HealthResponseSchema } from '../../shared/api/schemas';
import type { LooseBody } from '../testing/api-client';
import { startTestService } from '../testing/start';
import type { TestService } from '../testing/start';

let service: TestService;
beforeAll(async () => {
  service = await startTestService();
});
afterAll(() => service.close());

describe('health and OpenAPI', () => {
  it('answers health with the version', async () => {
    const response = await fetch(service.url + API_PREFIX + API_PATHS.health);
    expect(response.status).toBe(200);
    expect(HealthResponseSchema.parse(await response.json())).toEqual({
      status: 'ok',
      version: '0.1.0',
    });
  });

  it('serves an OpenAPI 3.1 document naming every API call with its schemas', async () => {
    const response = await fetch(service.url + API_PREFIX + API_PATHS.openapi);
    expect(response.status).toBe(200);
    const doc = (await response.json()) as LooseBody;
    expect(doc.openapi).toBe('3.1.0');
    for (const path of Object.values(API_PATHS)) {
      expect(Object.keys(doc.paths), path).toContain(API_PREFIX + path);
    }
    const identify = doc.paths[API_PREFIX + API_PATHS.identify].post;
    const schema = identify.requestBody.content['application/json'].schema;
    expect(schema.required.sort()).toEqual(['email', 'username']);
    expect(schema.additionalProperties).toBe(false);
    const login = doc.paths[API_PREFIX + API_PATHS.loginPassword].post;
    expect(Object.keys(login.responses).sort()).toEqual(['200', '400', '401', '423', '429']);
    expect(login.responses['423'].content['application/json'].schema).toEqual({
      $ref: '#/components/schemas/Error',
    });
    expect(doc.components.schemas.Error.properties.error.enum).toContain('locked');
    expect(doc.components.schemas.LoginOk.required).toContain('session');
    // Every reference resolves inside the document.
    for (const ref of JSON.stringify(doc).match(/"\$ref":"[^"]+"/g) ?? []) {
      const name = /#\/components\/schemas\/([^"]+)/.exec(ref)?.[1];
      expect(name && doc.components.schemas[name], ref).toBeTruthy();
    }
    expect(doc.paths[API_PREFIX + API_PATHS.session].get.security).toEqual([{ bearer: [] }]);
  });
});
