/** `org add --id demo-x --name "Name" [--db FILE]`: a new organisation. */
import { findOrganisation, insertOrganisation } from '../users';
import { requiredFlag } from './args';
import type { CliCommand } from './command';
import { openAdminDatabase } from './db-path';

export const orgAddCommand: CliCommand = {
  path: ['org', 'add'],
  usage: 'org add --id <slug> --name <name> [--db FILE]',
  summary: 'create an organisation',
  async run(args, io) {
    const id = requiredFlag(args, 'id').trim();
    const name = requiredFlag(args, 'name').trim();
    if (!/^[a-z0-9][a-z0-9-]{1,62}$/.test(id)) {
      io.err('--id must be a lower-case slug: letters, digits and -');
      return 2;
    }
    const db = openAdminDatabase(args);
    try {
      if (findOrganisation(db, id) || findOrganisation(db, name)) {
        io.err(`organisation ${id} / ${name} already exists`);
        return 1;
      }
      insertOrganisation(db, { id, name }, new Date());
      io.out(`organisation ${id} (${name}) created`);
      return 0;
    } finally {
      db.close();
    }
  },
};

export const orgListCommand: CliCommand = {
  path: ['org', 'list'],
  usage: 'org list [--db FILE]',
  summary: 'list organisations',
  async run(args, io) {
    const db = openAdminDatabase(args);
    try {
      const rows = db.prepare('SELECT id, name FROM organisations ORDER BY id').all() as {
        id: string;
        name: string;
      }[];
      for (const row of rows) io.out(`${row.id}\t${row.name}`);
      return 0;
    } finally {
      db.close();
    }
  },
};
