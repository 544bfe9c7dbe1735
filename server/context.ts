/**
 * Everything a route needs, built once by the service: the database, the clock, the settings,
 * and the small stores. Routes receive it as the plugin option `ctx`; the SSO routes use the
 * same object, so their answers go through the same login completion and audit.
 */
import type { FastifyBaseLogger, FastifyRequest } from 'fastify';
import type { AuditLog } from './audit';
import type { Db } from './db/database';
import { verifyDeviceProof } from './device/proof';
import type { JtiStore, NonceStore, VerifiedDevice } from './device/proof';
import { API_PREFIX, type ApiPath } from '../shared/api/paths';
import type { FlowStore } from './flows/flow-store';
import type { Mailer } from './mail/mailer';
import type { DevMailbox } from './mail/dev-mailbox';
import type { RateLimiter } from './rate-limit';
import type { SessionLifetimes } from './auth/sessions';

export interface ServiceSettings {
  version: string;
  /** The date the new password rules took effect (R8): legacy passwords count from it. */
  rulesEffectiveAt: Date;
  sessions: SessionLifetimes;
  /** The service's public origin, e.g. https://aurorateleq.com; proofs must name it in `htu`. */
  publicUrl: string | null;
  /** Marks cookies Secure; on for https public URLs. */
  secureCookies: boolean;
}

export interface ServiceContext {
  db: Db;
  now: () => Date;
  settings: ServiceSettings;
  log: FastifyBaseLogger;
  audit: AuditLog;
  flows: FlowStore;
  nonces: NonceStore;
  jtis: JtiStore;
  limiter: RateLimiter;
  mailer: Mailer;
  /** Present only when the development mail sink runs. */
  devMailbox: DevMailbox | null;
  /**
   * Whether an organisation offers SSO in step 2 (R4). The SSO module replaces this; until
   * then no organisation does.
   */
  ssoAvailable: (organisationId: string) => boolean;
}

/** The client's address for rate limits and the audit log. */
export function clientAddress(request: FastifyRequest): string {
  return request.ip;
}

/** The URLs under which an API path may be named in a device proof's `htu`. */
export function expectedUrls(ctx: ServiceContext, request: FastifyRequest, path: string): string[] {
  const urls = new Set<string>();
  if (ctx.settings.publicUrl) urls.add(new URL(path, ctx.settings.publicUrl).toString());
  const host = request.headers.host;
  if (host) {
    try {
      urls.add(new URL(path, `${request.protocol}://${host}`).toString());
    } catch {
      // a malformed Host header names nothing
    }
  }
  return [...urls];
}

/** Verifies the device proof of a POST to an API path: the proof must name this very call,
 * under the public URL or the URL the request came in on. */
export function verifyCallProof(
  ctx: ServiceContext,
  request: FastifyRequest,
  path: ApiPath,
  proof: string,
): Promise<VerifiedDevice> {
  return verifyDeviceProof(ctx, proof, {
    htm: 'POST',
    htu: expectedUrls(ctx, request, API_PREFIX + path),
  });
}
