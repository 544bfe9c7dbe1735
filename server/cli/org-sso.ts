/**
 * `org sso ...`: an organisation's single sign-on (R4, R11).
 *   org sso set ORG --issuer URL --client-id ID (--client-secret-env VAR | --client-secret-file FILE)
 *               [--scopes "openid email profile"] [--user-claim email] [--acr "v1 v2"] [--max-age S]
 *   org sso show [ORG]      (never prints the secret)
 *   org sso remove ORG
 *   org sso unlink USERNAME (forget the user's provider links; the next SSO login links anew)
 * The secret is read from an environment variable or a file, never from the command line,
 * where shell history and the process list would keep it.
 */
import { readFileSync } from 'node:fs';
import { findOrganisation, findUserByUsername } from '../users';
import { stringFlag, UsageError, type ParsedArgs } from './args';
import type { CliCommand, CliIo } from './command';
import { openAdminDatabase } from './db-path';
import {
  getSsoConfig,
  listSsoConfigs,
  removeSsoConfig,
  setSsoConfig,
  validateSsoConfig,
  withoutSecret,
  type SsoConfigView,
} from '../sso/config-store';
import { linksOf, unlinkUser } from '../sso/identity';

function positional(args: ParsedArgs, what: string): string {
  const value = args.positionals[0];
  if (!value) throw new UsageError(`${what} is required`);
  return value;
}

function readSecret(args: ParsedArgs): string {
  if (args.flags.has('client-secret')) {
    throw new UsageError(
      '--client-secret would leave the secret in shell history: use --client-secret-env or --client-secret-file',
    );
  }
  const envName = stringFlag(args, 'client-secret-env');
  const file = stringFlag(args, 'client-secret-file');
  if (envName) {
    const value = process.env[envName];
    if (!value) throw new UsageError(`the environment variable ${envName} is empty or unset`);
    return value;
  }
  if (file) return readFileSync(file, 'utf8').trim();
  throw new UsageError(
    'give the client secret with --client-secret-env VAR or --client-secret-file FILE',
  );
}

function describe(view: SsoConfigView, io: CliIo): void {
  io.out(`${view.organisationId}`);
  io.out(`  issuer:      ${view.issuer}`);
  io.out(`  client id:   ${view.clientId}`);
  io.out('  secret:      (set, not shown)');
  io.out(`  scopes:      ${view.scopes.join(' ')}`);
  io.out(`  user claim:  ${view.userClaim}`);
  io.out(`  acr:         ${view.requiredAcr?.join(' ') ?? '(not checked)'}`);
  io.out(
    `  max age:     ${view.maxAgeSeconds === null ? '(not checked)' : `${view.maxAgeSeconds} s`}`,
  );
  io.out(`  updated:     ${view.updatedAt}`);
}

export const orgSsoSetCommand: CliCommand = {
  path: ['org', 'sso', 'set'],
  usage:
    'org sso set <org> --issuer URL --client-id ID (--client-secret-env VAR | --client-secret-file FILE) [--scopes "openid email profile"] [--user-claim email] [--acr "v1 v2"] [--max-age S] [--db FILE]',
  summary: "configure an organisation's SSO identity provider (replaces any earlier one)",
  async run(args, io) {
    const orgRef = positional(args, '<org>');
    const issuer = stringFlag(args, 'issuer');
    const clientId = stringFlag(args, 'client-id');
    if (!issuer || !clientId) throw new UsageError('--issuer and --client-id are required');
    const clientSecret = readSecret(args);
    const maxAgeText = stringFlag(args, 'max-age');
    const input = {
      organisationId: '',
      issuer,
      clientId,
      clientSecret,
      scopes: (stringFlag(args, 'scopes') ?? 'openid email profile').split(/\s+/).filter(Boolean),
      userClaim: stringFlag(args, 'user-claim') ?? 'email',
      requiredAcr: stringFlag(args, 'acr')?.split(/\s+/).filter(Boolean) ?? null,
      maxAgeSeconds: maxAgeText === undefined ? null : Number(maxAgeText),
    };
    const problems = validateSsoConfig(input);
    if (problems.length > 0) {
      for (const p of problems) io.err(p);
      return 2;
    }
    const db = openAdminDatabase(args);
    try {
      const org = findOrganisation(db, orgRef);
      if (!org) {
        io.err(`no organisation ${orgRef}`);
        return 1;
      }
      describe(setSsoConfig(db, { ...input, organisationId: org.id }, new Date()), io);
      io.out(`the provider must allow the redirect URI <service URL>/sso/callback`);
      return 0;
    } finally {
      db.close();
    }
  },
};

export const orgSsoShowCommand: CliCommand = {
  path: ['org', 'sso', 'show'],
  usage: 'org sso show [<org>] [--db FILE]',
  summary: "show an organisation's SSO configuration, or every one (never the secret)",
  async run(args, io) {
    const db = openAdminDatabase(args);
    try {
      const orgRef = args.positionals[0];
      if (!orgRef) {
        const all = listSsoConfigs(db);
        if (all.length === 0) io.out('no organisation uses SSO');
        all.forEach((view) => describe(view, io));
        return 0;
      }
      const org = findOrganisation(db, orgRef);
      const config = org ? getSsoConfig(db, org.id) : null;
      if (!config) {
        io.err(`${orgRef} has no SSO configuration`);
        return 1;
      }
      describe(withoutSecret(config), io);
      return 0;
    } finally {
      db.close();
    }
  },
};

export const orgSsoRemoveCommand: CliCommand = {
  path: ['org', 'sso', 'remove'],
  usage: 'org sso remove <org> [--db FILE]',
  summary: "turn an organisation's SSO off (its users keep their passwords)",
  async run(args, io) {
    const orgRef = positional(args, '<org>');
    const db = openAdminDatabase(args);
    try {
      const org = findOrganisation(db, orgRef);
      if (!org || !removeSsoConfig(db, org.id)) {
        io.err(`${orgRef} has no SSO configuration`);
        return 1;
      }
      io.out(`SSO removed from ${org.id}`);
      return 0;
    } finally {
      db.close();
    }
  },
};

export const orgSsoUnlinkCommand: CliCommand = {
  path: ['org', 'sso', 'unlink'],
  usage: 'org sso unlink <username> [--db FILE]',
  summary: "forget a user's identity-provider links (e.g. a replaced provider account)",
  async run(args, io) {
    const username = positional(args, '<username>');
    const db = openAdminDatabase(args);
    try {
      const user = findUserByUsername(db, username);
      if (!user) {
        io.err(`no user ${username}`);
        return 1;
      }
      const links = linksOf(db, user.id);
      const removed = unlinkUser(db, user.id);
      for (const link of links) io.out(`unlinked ${link.issuer} subject ${link.subject}`);
      io.out(`${removed} link(s) removed for ${user.username}`);
      return 0;
    } finally {
      db.close();
    }
  },
};

export const ORG_SSO_COMMANDS = [
  orgSsoSetCommand,
  orgSsoShowCommand,
  orgSsoRemoveCommand,
  orgSsoUnlinkCommand,
];
