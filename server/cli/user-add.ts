/**
 * `user add --org ID --username U --email E --name "Full Name"`: a new user, without a
 * password. The user sets their own with "Forgot password" (an emailed code), which also proves
 * the email address is current (R9, R10). An existing username is refused: no admin path
 * touches another user's password.
 */
import { EmailSchema, UsernameSchema } from '../../shared/api/schemas';
import { findOrganisation, findUserByUsername, insertUser } from '../users';
import { requiredFlag } from './args';
import type { CliCommand } from './command';
import { openAdminDatabase } from './db-path';

export const userAddCommand: CliCommand = {
  path: ['user', 'add'],
  usage:
    'user add --org <id> --username <name> --email <address> --name <display name> [--db FILE]',
  summary: 'create a user (who then sets their own password by email code)',
  async run(args, io) {
    const username = UsernameSchema.safeParse(requiredFlag(args, 'username'));
    const email = EmailSchema.safeParse(requiredFlag(args, 'email'));
    const displayName = requiredFlag(args, 'name').trim();
    const orgRef = requiredFlag(args, 'org');
    if (!username.success) {
      io.err('--username: letters, digits and . _ @ + - only, at most 64');
      return 2;
    }
    if (!email.success) {
      io.err('--email is not a valid address');
      return 2;
    }
    if (args.flags.has('password')) {
      io.err('passwords are set only by their owner (R9): the user uses "Forgot password"');
      return 2;
    }
    const db = openAdminDatabase(args);
    try {
      const org = findOrganisation(db, orgRef);
      if (!org) {
        io.err(`no organisation ${orgRef}`);
        return 1;
      }
      if (findUserByUsername(db, username.data)) {
        io.err(`user ${username.data} already exists; nothing changed`);
        return 1;
      }
      insertUser(
        db,
        { username: username.data, email: email.data, displayName, organisationId: org.id },
        new Date(),
      );
      io.out(`user ${username.data} created in ${org.name}`);
      io.out('They set their password themselves: step 1 in the client, then "Forgot password".');
      return 0;
    } finally {
      db.close();
    }
  },
};

export const userListCommand: CliCommand = {
  path: ['user', 'list'],
  usage: 'user list [--db FILE]',
  summary: 'list users (never their password hashes)',
  async run(args, io) {
    const db = openAdminDatabase(args);
    try {
      const rows = db
        .prepare(
          `SELECT username, email, organisation_id, password_legacy,
             password_hash IS NOT NULL AS has_password FROM users ORDER BY username`,
        )
        .all() as {
        username: string;
        email: string;
        organisation_id: string;
        password_legacy: number;
        has_password: number;
      }[];
      for (const row of rows) {
        const state = !row.has_password
          ? 'no password yet'
          : row.password_legacy
            ? 'legacy password'
            : 'password set';
        io.out(`${row.username}\t${row.email}\t${row.organisation_id}\t${state}`);
      }
      return 0;
    } finally {
      db.close();
    }
  },
};
