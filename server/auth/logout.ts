/** Ending a session by its token, for the API's logout and the web app's own logout button. */
import type { ServiceContext } from '../context';
import { revokeSession } from './sessions';

/** Revokes the session and audits it; a token that names no live session is simply done
 * (a client that logs out twice, or after expiry, is logged out either way). */
export function logoutSession(
  ctx: ServiceContext,
  token: string,
  ip: string,
  via: 'api' | 'web_app',
): void {
  const ended = revokeSession(ctx.db, token, ctx.now());
  if (!ended) return;
  ctx.audit.record({
    event: 'session.logout',
    outcome: 'success',
    userId: ended.user_id,
    ip,
    device: ended.device_thumbprint,
    ...(via === 'web_app' ? { details: { via } } : {}),
  });
}
