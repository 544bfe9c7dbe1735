/**
 * Starts the teleQ login service: opens (and migrates) the database, optionally seeds the demo
 * data, starts the development mail sink, builds the app and listens. Tests, the CLI, `npm
 * start` and the client's embedded mode all start it through here.
 */
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { FastifyInstance } from 'fastify';
import { createFastify, registerRoutes } from './app';
import { createAuditLog } from './audit';
import type { ServiceContext, ServiceSettings } from './context';
import { openDatabase } from './db/database';
import type { Db } from './db/database';
import { seedDemo } from './db/seed-demo';
import { rulesEffectiveAt } from './db/settings';
import type { DemoSeedOptions } from './db/seed-demo';
import { createJtiStore, createNonceStore } from './device/proof';
import { createFlowStore } from './flows/flow-store';
import { startMailSink } from './mail/dev-mailbox';
import type { DevMailbox, RunningMailSink } from './mail/dev-mailbox';
import { createMailer } from './mail/mailer';
import type { SmtpOptions } from './mail/mailer';
import { createRateLimiter, DEFAULT_RATE_LIMITS } from './rate-limit';
import type { RateLimitRule } from './rate-limit';
import { SERVICE_VERSION } from './version';

/** 30 minutes idle: OWASP's upper bound for low-risk apps; a call-centre agent between calls
 * stays logged in, an abandoned workstation does not (shared terminals log out sooner locally). */
export const DEFAULT_SESSION_IDLE_SECONDS = 30 * 60;
/** 12 hours absolute: one working shift including overtime; every shift starts with a login. */
export const DEFAULT_SESSION_ABSOLUTE_SECONDS = 12 * 60 * 60;

export interface LoginServiceOptions {
  host?: string;
  /** 0 (default) picks a free port. */
  port?: number;
  /** SQLite file; a temporary one (removed on close) when omitted. */
  dbPath?: string;
  seed?: 'demo' | null;
  /** Passed to the demo seed, e.g. by the SSO module to configure Demo Health's SSO. */
  seedOptions?: Omit<DemoSeedOptions, 'now'>;
  /** Injectable clock for lockout, expiry and session tests. */
  now?: () => Date;
  /** When the new rules took effect (R8); default: when the database was created. */
  rulesEffectiveAt?: Date;
  /** 'sink' (default): the development SMTP sink; or a real relay. */
  mail?: 'sink' | SmtpOptions;
  logLevel?: string;
  /** Where log lines go (default stdout); tests capture them to prove no secret is logged. */
  logStream?: { write(line: string): void };
  sessionIdleSeconds?: number;
  sessionAbsoluteSeconds?: number;
  /** The public origin (e.g. https://aurorateleq.com behind a proxy); defaults to the listen URL. */
  publicUrl?: string;
  /** Override per-address limits (e.g. a higher login limit for a benchmark). */
  rateLimits?: Record<string, RateLimitRule>;
  /** Hook for modules that extend the context before routes are registered (SSO). */
  configure?: (ctx: ServiceContext) => void | Promise<void>;
}

export interface RunningLoginService {
  url: string;
  close(): Promise<void>;
  /** The development mailbox (empty and inert when a real relay is configured). */
  mail: DevMailbox;
  app: FastifyInstance;
  db: Db;
  ctx: ServiceContext;
}

const NO_MAILBOX: DevMailbox = {
  list: () => [],
  waitFor: () => Promise.reject(new Error('the development mail sink is not running')),
};

export async function startLoginService(
  options: LoginServiceOptions = {},
): Promise<RunningLoginService> {
  const now = options.now ?? (() => new Date());
  const tempDir = options.dbPath ? null : mkdtempSync(join(tmpdir(), 'teleq-db-'));
  const dbPath = options.dbPath ?? join(tempDir as string, 'teleq.db');
  const db = openDatabase(dbPath);
  const app = createFastify(options.logLevel ?? 'warn', options.logStream);

  let sink: RunningMailSink | null = null;
  const mail = options.mail ?? 'sink';
  if (mail === 'sink') sink = await startMailSink();
  const mailer = createMailer(
    mail === 'sink' ? { host: sink?.host ?? '127.0.0.1', port: sink?.port ?? 0 } : mail,
    app.log,
  );

  const settings: ServiceSettings = {
    version: SERVICE_VERSION,
    rulesEffectiveAt: rulesEffectiveAt(db, now(), options.rulesEffectiveAt),
    sessions: {
      idleSeconds: options.sessionIdleSeconds ?? DEFAULT_SESSION_IDLE_SECONDS,
      absoluteSeconds: options.sessionAbsoluteSeconds ?? DEFAULT_SESSION_ABSOLUTE_SECONDS,
    },
    publicUrl: options.publicUrl ?? null,
    secureCookies: options.publicUrl?.startsWith('https:') ?? false,
  };

  const ctx: ServiceContext = {
    db,
    now,
    settings,
    log: app.log,
    audit: createAuditLog(db, app.log, now),
    flows: createFlowStore(now),
    nonces: createNonceStore(now),
    jtis: createJtiStore(now),
    limiter: createRateLimiter({ ...DEFAULT_RATE_LIMITS, ...options.rateLimits }, now),
    mailer,
    devMailbox: sink?.mailbox ?? null,
    ssoAvailable: () => false,
  };

  const cleanup = async (): Promise<void> => {
    mailer.close();
    await sink?.close();
    db.close();
    if (tempDir) rmSync(tempDir, { recursive: true, force: true });
  };

  try {
    if (options.seed === 'demo') await seedDemo(db, { ...options.seedOptions, now: now() });
    await options.configure?.(ctx);
    await registerRoutes(app, ctx);
    await app.listen({ host: options.host ?? '127.0.0.1', port: options.port ?? 0 });
  } catch (err) {
    await app.close().catch(() => undefined);
    await cleanup();
    throw err;
  }

  const address = app.server.address();
  const port = typeof address === 'object' && address ? address.port : options.port;
  const host = options.host ?? '127.0.0.1';
  const url = `http://${host.includes(':') ? `[${host}]` : host}:${port}`;
  settings.publicUrl ??= url;

  let closed = false;
  return {
    url,
    mail: sink?.mailbox ?? NO_MAILBOX,
    app,
    db,
    ctx,
    async close() {
      if (closed) return;
      closed = true;
      await app.close();
      await cleanup();
    },
  };
}
