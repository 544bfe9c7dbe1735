/** Demo Health's SSO, pointed at a running development IdP (used by `--seed demo`). */
import type { Db } from '../db/database';
import { DEMO_IDP_CLIENT_ID } from '../idp/demo-users';
import { setSsoConfig } from './config-store';

export const DEMO_SSO_ORGANISATION = 'demo-health';

export function configureDemoSso(
  db: Db,
  input: { issuer: string; clientSecret: string },
  now: Date,
): void {
  setSsoConfig(
    db,
    {
      organisationId: DEMO_SSO_ORGANISATION,
      issuer: input.issuer,
      clientId: DEMO_IDP_CLIENT_ID,
      clientSecret: input.clientSecret,
      scopes: ['openid', 'email', 'profile'],
      userClaim: 'email',
    },
    now,
  );
}
