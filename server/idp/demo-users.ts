/**
 * The development IdP's demo accounts. Their passwords are the IdP's own and deliberately differ
 * from the teleQ passwords of the same people, so a demo shows which password SSO asks for.
 * Each account after the first exists to show one refusal of the SSO broker.
 */
import type { DevIdpClient, DevIdpUser } from './dev-idp';

export const DEMO_IDP_USERS: DevIdpUser[] = [
  {
    sub: 'c0f3a9e2-5b1d-4e57-9a43-sanna',
    username: 'sanna.sso',
    password: 'Revontuli-Portti-2026',
    email: 'sanna.sso@demo-health.example',
    emailVerified: true,
    name: 'Sanna SSO',
  },
  {
    // An employee of the provider's organisation who has no teleQ account anywhere.
    sub: '5d8e7c61-0a2b-4f6e-8d19-olli',
    username: 'olli.outsider',
    password: 'Ulkona-Ovella-2026',
    email: 'olli.outsider@elsewhere.example',
    emailVerified: true,
    name: 'Olli Outsider',
  },
  {
    // Same email as Demo Clinic's anna.agent: the broker must not hand Demo Health's IdP a user
    // of another organisation.
    sub: '9b2c4d6e-8f10-4a3b-b5c7-anna',
    username: 'anna.agent',
    password: 'Toinen-Klinikka-2026',
    email: 'anna.agent@demo-clinic.example',
    emailVerified: true,
    name: 'Anna Agent (at the wrong IdP)',
  },
  {
    // Claims Sanna's email without having verified it: a first login must not link on that.
    sub: '2e4f6a8b-c0d2-4e6f-8a0b-unverified',
    username: 'sanna.unverified',
    password: 'Vahvistamaton-Posti-2026',
    email: 'sanna.sso@demo-health.example',
    emailVerified: false,
    name: 'Sanna (unverified email)',
  },
  {
    // The provider itself refuses this account, so the broker sees an error answer, not a cancel.
    sub: '7a9c1e3f-5b7d-4f9a-b1c3-pekka',
    username: 'pekka.disabled',
    password: 'Suljettu-Tili-2026',
    email: 'pekka.disabled@demo-health.example',
    emailVerified: true,
    name: 'Pekka Disabled',
    disabled: true,
  },
];

export const DEMO_IDP_CLIENT_ID = 'teleq-demo-health';

/** Only for the standalone `npm run idp`, where a person configures the service by hand; the
 * demo stack uses a fresh random secret on every start. */
export const DEMO_IDP_STANDALONE_SECRET = 'dev-only-demo-health-secret-2026';

/** The service's callback on any loopback port (RFC 8252 §7.3 port matching). */
export function demoIdpClient(clientSecret: string): DevIdpClient {
  return {
    clientId: DEMO_IDP_CLIENT_ID,
    clientSecret,
    name: 'Aurora teleQ (Demo Health)',
    redirectUris: ['http://127.0.0.1/sso/callback', 'http://[::1]/sso/callback'],
  };
}
