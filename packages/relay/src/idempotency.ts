/**
 * Remembers which deliveries were already acted on. Bounded twice over: each
 * key expires after `ttlMs`, and past `maxEntries` the oldest is dropped, so a
 * flood of unique keys costs fixed memory.
 */
export interface IdempotencyStore {
  /** True if the key was new and is now held; false if it was seen (or is in flight). */
  claim(key: string): boolean;
  /** Forgets a key, so a delivery that failed downstream can be retried by Sanity. */
  release(key: string): void;
  readonly size: number;
}

export interface IdempotencyOptions {
  maxEntries?: number;
  ttlMs?: number;
  now?: () => number;
}

export function createIdempotencyStore(options: IdempotencyOptions = {}): IdempotencyStore {
  const maxEntries = options.maxEntries ?? 10_000;
  // Sanity retries a failed delivery for a while; an hour comfortably covers it.
  const ttlMs = options.ttlMs ?? 60 * 60_000;
  const now = options.now ?? Date.now;
  // A Map iterates in insertion order, and every key gets the same TTL, so the oldest expire first.
  const expiries = new Map<string, number>();

  function purgeExpired(time: number): void {
    for (const [key, expiresAt] of expiries) {
      if (expiresAt > time) break;
      expiries.delete(key);
    }
  }

  return {
    claim(key) {
      const time = now();
      purgeExpired(time);
      const expiresAt = expiries.get(key);
      if (expiresAt !== undefined && expiresAt > time) return false;
      expiries.delete(key);
      expiries.set(key, time + ttlMs);
      while (expiries.size > maxEntries) {
        const oldest = expiries.keys().next();
        if (oldest.done) break;
        expiries.delete(oldest.value);
      }
      return true;
    },
    release(key) {
      expiries.delete(key);
    },
    get size() {
      return expiries.size;
    },
  };
}
