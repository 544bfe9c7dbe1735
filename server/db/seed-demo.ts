/**
 * The demo data of the README (`--seed demo`): two organisations and four users, with dates
 * relative to the service's clock so the demo shows the same thing whenever it runs.
 * Idempotent: seeding an already seeded database changes nothing (and never a password, R9).
 */
import { hashPassword, legacyPbkdf2Hash } from '../auth/password-hash';
import { findOrganisation, findUserByUsername, insertOrganisation, insertUser } from '../users';
import type { Db } from './database';

const DAY_MS = 24 * 60 * 60 * 1000;

export const DEMO_ORGANISATIONS = [
  { id: 'demo-clinic', name: 'Demo Clinic' },
  { id: 'demo-health', name: 'Demo Health' },
] as const;

export interface DemoUser {
  username: string;
  email: string;
  displayName: string;
  password: string;
  organisationId: string;
  /** Days before the seed's `now` that the password was set. */
  changedDaysAgo: number;
  legacy: boolean;
}

export const DEMO_USERS: readonly DemoUser[] = [
  {
    username: 'anna.agent',
    email: 'anna.agent@demo-clinic.example',
    displayName: 'Anna Agent',
    password: 'Callback-Queue-2026',
    organisationId: 'demo-clinic',
    changedDaysAgo: 20,
    legacy: false,
  },
  {
    username: 'ville.legacy',
    email: 'ville.legacy@demo-clinic.example',
    displayName: 'Ville Legacy',
    password: 'kissa123',
    organisationId: 'demo-clinic',
    changedDaysAgo: 3 * 365,
    legacy: true,
  },
  {
    username: 'eeva.expired',
    email: 'eeva.expired@demo-clinic.example',
    displayName: 'Eeva Expired',
    password: 'Old-Password-2025!',
    organisationId: 'demo-clinic',
    changedDaysAgo: 200,
    legacy: false,
  },
  {
    username: 'sanna.sso',
    email: 'sanna.sso@demo-health.example',
    displayName: 'Sanna SSO',
    password: 'Sairaala-Vuoro-2026',
    organisationId: 'demo-health',
    changedDaysAgo: 10,
    legacy: false,
  },
];

export interface DemoSeedOptions {
  now: Date;
  /** Runs after the demo data exists, e.g. to configure Demo Health's SSO (issue 3). */
  extend?: (db: Db, now: Date) => void | Promise<void>;
}

// Many tests seed fresh databases; the same demo password need not be hashed every time.
const hashCache = new Map<string, Promise<string>>();
function cachedHash(user: DemoUser): Promise<string> {
  const key = `${user.legacy ? 'legacy' : 'argon2'}:${user.password}`;
  let hash = hashCache.get(key);
  if (!hash) {
    hash = user.legacy ? legacyPbkdf2Hash(user.password) : hashPassword(user.password);
    hashCache.set(key, hash);
  }
  return hash;
}

export async function seedDemo(db: Db, options: DemoSeedOptions): Promise<void> {
  const { now } = options;
  const hashes = await Promise.all(DEMO_USERS.map(cachedHash));
  db.transaction(() => {
    for (const org of DEMO_ORGANISATIONS) {
      if (!findOrganisation(db, org.id)) insertOrganisation(db, org, now);
    }
    DEMO_USERS.forEach((user, i) => {
      if (findUserByUsername(db, user.username)) return;
      insertUser(
        db,
        {
          username: user.username,
          email: user.email,
          displayName: user.displayName,
          organisationId: user.organisationId,
          passwordHash: hashes[i] ?? null,
          passwordChangedAt: new Date(now.getTime() - user.changedDaysAgo * DAY_MS),
          legacy: user.legacy,
        },
        now,
      );
    });
  })();
  await options.extend?.(db, now);
}
