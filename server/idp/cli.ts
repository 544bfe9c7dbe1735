/**
 * `npm run idp [-- --port N]`: the development identity provider alone, with the demo users, so
 * a person can point a service at it by hand (see docs/notes/sso.md).
 */
import { parseArgs } from 'node:util';
import { startDevIdp } from './dev-idp';
import {
  DEMO_IDP_CLIENT_ID,
  DEMO_IDP_STANDALONE_SECRET,
  DEMO_IDP_USERS,
  demoIdpClient,
} from './demo-users';

const { values } = parseArgs({ options: { port: { type: 'string', default: '8471' } } });
const port = Number(values.port);
if (!Number.isInteger(port) || port < 0 || port > 65535) {
  console.error(`idp: --port must be 0–65535, got ${values.port}`);
  process.exit(2);
}

const idp = await startDevIdp({
  port,
  clients: [demoIdpClient(DEMO_IDP_STANDALONE_SECRET)],
  users: DEMO_IDP_USERS,
});
console.log(`Development identity provider: ${idp.issuer}`);
console.log(
  `  client id: ${DEMO_IDP_CLIENT_ID} (its development-only secret: README, section SSO)`,
);
console.log('  demo users (IdP passwords, not teleQ passwords):');
for (const u of DEMO_IDP_USERS) {
  console.log(
    `    ${u.username.padEnd(18)} ${u.password.padEnd(26)} ${u.email}${u.emailVerified ? '' : ' (unverified)'}${u.disabled ? ' (disabled)' : ''}`,
  );
}

const stop = (): void => {
  void idp.close().then(() => process.exit(0));
};
process.once('SIGINT', stop);
process.once('SIGTERM', stop);
