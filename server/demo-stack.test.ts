import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startDemoStack, type DemoStack } from './demo-stack';
import { exchange, signInAtIdp, startSso, type SsoHarness } from './sso/testing/sso-harness';
import { getSsoConfig } from './sso/config-store';

// `npm start` and `--seed demo` rely on this: one call gives a service whose Demo Health signs in
// through a running development IdP, as a person following the README would.
let stack: DemoStack;
beforeAll(async () => {
  stack = await startDemoStack({ logLevel: 'silent' });
});
afterAll(async () => {
  await stack?.close();
});

describe('demo stack', () => {
  it("configures Demo Health's SSO to the IdP it started, and sanna.sso signs in through it", async () => {
    expect(getSsoConfig(stack.service.db, 'demo-health')?.issuer).toBe(stack.idpIssuer);
    const h = { service: stack.service } as SsoHarness;
    const started = await startSso(h);
    expect(started.loginPage.url.startsWith(stack.idpIssuer)).toBe(true);
    const arrived = await signInAtIdp(started, 'sanna.sso', 'Revontuli-Portti-2026');
    const answer = await exchange(started.api, arrived.searchParams.get('code')!, started.verifier);
    expect(answer.body).toMatchObject({ status: 'ok', user: { username: 'sanna.sso' } });
  });

  it('leaves Demo Clinic on passwords only', () => {
    expect(getSsoConfig(stack.service.db, 'demo-clinic')).toBeNull();
  });
});
