/**
 * The broker's short-lived memory, on the service's clock: authorization requests waiting for
 * the provider's answer (keyed by state), and one-time codes waiting for the client's exchange
 * (keyed by the code's SHA-256, so a memory dump shows no usable code). Both are single use:
 * `take` removes the entry whether or not the caller then accepts it. In memory on purpose:
 * they live for minutes, and a restart only sends the user back to the login screen.
 */
import { randomToken, sha256Hex } from '../crypto-tokens';

export interface PendingAuthorization {
  organisationId: string;
  userId: number;
  username: string;
  flowId: string | null;
  nonce: string;
  /** Our own PKCE verifier towards the provider (the client's verifier is never sent there). */
  providerVerifier: string;
  /** The exact redirect_uri sent to the provider: the service's /sso/callback. */
  callbackUrl: string;
  clientChallenge: string;
  clientRedirect: string;
  ip: string;
  expiresAt: number;
}

export interface IssuedCode {
  userId: number;
  organisationId: string;
  flowId: string | null;
  clientChallenge: string;
  clientRedirect: string;
  expiresAt: number;
}

export const AUTHORIZATION_TTL_SECONDS = 10 * 60;
export const CODE_TTL_SECONDS = 60;

class ExpiringMap<T extends { expiresAt: number }> {
  private readonly entries = new Map<string, T>();
  constructor(private readonly now: () => Date) {}

  put(key: string, value: T): void {
    const t = this.now().getTime();
    for (const [k, v] of this.entries) if (v.expiresAt <= t) this.entries.delete(k);
    this.entries.set(key, value);
  }

  /** The live entry, removed; `expired` when it existed but its time was up. */
  take(key: string): { value: T } | { expired: boolean } {
    const value = this.entries.get(key);
    if (!value) return { expired: false };
    this.entries.delete(key);
    if (value.expiresAt <= this.now().getTime()) return { expired: true };
    return { value };
  }
}

export function createPendingStore(now: () => Date) {
  const authorizations = new ExpiringMap<PendingAuthorization>(now);
  const codes = new ExpiringMap<IssuedCode>(now);
  return {
    /** Remembers a request to the provider; answers the `state` to send. */
    startAuthorization(entry: Omit<PendingAuthorization, 'expiresAt'>): string {
      const state = randomToken(32);
      authorizations.put(state, {
        ...entry,
        expiresAt: now().getTime() + AUTHORIZATION_TTL_SECONDS * 1000,
      });
      return state;
    },
    takeAuthorization(state: string) {
      return authorizations.take(state);
    },
    issueCode(entry: Omit<IssuedCode, 'expiresAt'>): string {
      const code = randomToken(32);
      codes.put(sha256Hex(code), {
        ...entry,
        expiresAt: now().getTime() + CODE_TTL_SECONDS * 1000,
      });
      return code;
    },
    takeCode(code: string) {
      return codes.take(sha256Hex(code));
    },
  };
}

export type PendingStore = ReturnType<typeof createPendingStore>;
