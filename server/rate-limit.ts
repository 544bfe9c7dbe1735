/**
 * Per-address rate limits (fixed windows on the service's clock, so tests can move time). One
 * limiter serves every bucket; routes name theirs: identify, login, forgot, reset, ...
 */
import { rateLimited } from './http/api-error';

export interface RateLimitRule {
  limit: number;
  windowSeconds: number;
}

export type RateLimitBucket = 'identify' | 'login' | 'forgot' | 'reset' | 'device' | (string & {});

/**
 * Per address, per window. A call centre's agents often share one NAT address and log in
 * together at shift start, so the login limits leave room for a hundred agents a minute;
 * targeted guessing is stopped by the per-account lockout, these stop spraying from one address.
 * Reset mail is limited harder: each one costs a mail and could flood a mailbox.
 */
export const DEFAULT_RATE_LIMITS: Record<string, RateLimitRule> = {
  identify: { limit: 120, windowSeconds: 60 },
  login: { limit: 120, windowSeconds: 60 },
  forgot: { limit: 10, windowSeconds: 300 },
  reset: { limit: 20, windowSeconds: 300 },
  device: { limit: 600, windowSeconds: 60 },
};

export interface RateLimiter {
  /** Counts one request; throws 429 rate_limited with Retry-After when over the limit. */
  hit(bucket: RateLimitBucket, address: string): void;
}

export function createRateLimiter(
  rules: Record<string, RateLimitRule>,
  now: () => Date,
): RateLimiter {
  const windows = new Map<string, { start: number; count: number }>();
  let lastSweep = 0;
  return {
    hit(bucket, address) {
      const rule = rules[bucket];
      if (!rule) return;
      const t = now().getTime();
      const windowMs = rule.windowSeconds * 1000;
      if (t - lastSweep > 60_000) {
        // Keep memory bounded under address churn.
        for (const [key, w] of windows) if (t - w.start >= 15 * 60_000) windows.delete(key);
        lastSweep = t;
      }
      const key = `${bucket}\u0000${address}`;
      let window = windows.get(key);
      if (!window || t - window.start >= windowMs) {
        window = { start: t, count: 0 };
        windows.set(key, window);
      }
      window.count += 1;
      if (window.count > rule.limit) {
        throw rateLimited(Math.max(1, Math.ceil((window.start + windowMs - t) / 1000)));
      }
    },
  };
}
