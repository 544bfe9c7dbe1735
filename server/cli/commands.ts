/** Every CLI command, in one list; a module adds its own here (e.g. SSO's `org sso ...`). */
import type { CliCommand } from './command';
import { importLegacyCommand } from './import-legacy';
import { orgAddCommand, orgListCommand } from './org-add';
import { ORG_SSO_COMMANDS } from './org-sso';
import { proofCommand } from './proof';
import { serveCommand } from './serve';
import { userAddCommand, userListCommand } from './user-add';

export const COMMANDS: CliCommand[] = [
  serveCommand,
  userAddCommand,
  userListCommand,
  orgAddCommand,
  orgListCommand,
  importLegacyCommand,
  proofCommand,
  ...ORG_SSO_COMMANDS,
];
