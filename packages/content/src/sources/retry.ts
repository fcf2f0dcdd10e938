/** How long to wait before attempt `attempt` (1-based) when the server gave no Retry-After. */
export function backoffDelayMs(attempt: number, baseMs: number, maxMs: number): number {
  const exponential = baseMs * 2 ** (attempt - 1);
  return Math.min(maxMs, exponential);
}

/**
 * Reads a Retry-After header: either seconds or an HTTP date. Returns
 * undefined when absent or unreadable, so the caller falls back to backoff.
 */
export function parseRetryAfterMs(header: string | null | undefined, now: number = Date.now()): number | undefined {
  if (!header) return undefined;
  const trimmed = header.trim();
  if (/^\d+(\.\d+)?$/.test(trimmed)) return Math.round(Number(trimmed) * 1000);
  const date = Date.parse(trimmed);
  return Number.isNaN(date) ? undefined : Math.max(0, date - now);
}

/** Only overload and server faults are worth repeating; a 4xx other than 429 will not change. */
export function isRetryableStatus(status: number): boolean {
  return status === 429 || status >= 500;
}
