/**
 * The per-address limit the bench's own service instances use for the buckets it drives. Every
 * bench client comes from 127.0.0.1, so the defaults (server/rate-limit.ts, untouched) would
 * measure the limiter rather than the service.
 */
export const BENCH_RATE_LIMIT = { limit: 1_000_000_000, windowSeconds: 60 };
