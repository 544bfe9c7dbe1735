/** The demo accounts as tests use them. */
import { DEMO_USERS } from '../db/seed-demo';
import type { DemoUser } from '../db/seed-demo';

function demo(username: string): DemoUser {
  const user = DEMO_USERS.find((u) => u.username === username);
  if (!user) throw new Error(`no demo user ${username}`);
  return user;
}

export const ANNA = demo('anna.agent');
export const VILLE = demo('ville.legacy');
export const EEVA = demo('eeva.expired');
export const SANNA = demo('sanna.sso');
