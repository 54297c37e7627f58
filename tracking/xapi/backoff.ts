/**
 * How long to wait before sending again after the LRS could not take statements: exponential
 * backoff (1 s, 2 s, 4 s … up to a minute), or exactly what the LRS asked for with
 * `Retry-After` on a 429 or 503 (RFC 9110 §10.2.3), within ten minutes.
 * @packageDocumentation
 */

export interface BackoffPolicy {
  /** Wait after the first failure, ms. @default 1000 */
  firstMs: number;
  /** Longest wait between tries, ms. @default 60000 */
  maxMs: number;
  /** Longest `Retry-After` honoured, ms; a longer one is cut to this. @default 600000 */
  maxRetryAfterMs: number;
}

export const BACKOFF_DEFAULTS: Readonly<BackoffPolicy> = Object.freeze({ firstMs: 1000, maxMs: 60_000, maxRetryAfterMs: 600_000 });

/**
 * The wait before try number `failures + 1`.
 * @param failures consecutive failed tries so far, ≥ 1
 * @param retryAfterMs what the LRS asked for, if anything
 */
export function backoffDelay(failures: number, retryAfterMs: number | undefined, policy: BackoffPolicy = BACKOFF_DEFAULTS): number {
  if (retryAfterMs !== undefined) return Math.min(Math.max(0, retryAfterMs), policy.maxRetryAfterMs);
  return Math.min(policy.maxMs, policy.firstMs * 2 ** Math.max(0, failures - 1));
}
