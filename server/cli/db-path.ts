/** Admin commands work on a database file; the default is the one `npm start` would use. */
import { mkdirSync } from 'node:fs';
import { dirname } from 'node:path';
import type { ParsedArgs } from './args';
import { stringFlag } from './args';
import { openDatabase } from '../db/database';
import type { Db } from '../db/database';

export const DEFAULT_DB_PATH = './data/teleq.db';

export function openAdminDatabase(args: ParsedArgs): Db {
  const path = stringFlag(args, 'db') ?? DEFAULT_DB_PATH;
  mkdirSync(dirname(path), { recursive: true });
  return openDatabase(path);
}
