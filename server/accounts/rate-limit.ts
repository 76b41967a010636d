/** Keys a limiter remembers before it starts forgetting (those it would have let through anyway first). */
const MAX_KEYS = 100_000;

/**
 * Token buckets keyed by account and by address: a few quick tries, then one per interval.
 * In memory: a restart forgets, which only ever helps a legitimate person.
 */
export class RateLimiter {
  private readonly buckets = new Map<string, { tokens: number; updatedAt: number }>();

  constructor(private readonly capacity: number, private readonly refillEveryMs: number) {}

  /** Takes a token for `key`; false when the key has none left. */
  take(key: string, now = Date.now()): boolean {
    const bucket = this.buckets.get(key) ?? { tokens: this.capacity, updatedAt: now };
    this.refill(bucket, now);
    this.buckets.set(key, bucket);
    if (bucket.tokens <= 0) return false;
    bucket.tokens -= 1;
    if (this.buckets.size > MAX_KEYS) this.forget(now);
    return true;
  }

  private refill(bucket: { tokens: number; updatedAt: number }, now: number): void {
    const refill = Math.floor((now - bucket.updatedAt) / this.refillEveryMs);
    if (refill > 0) {
      bucket.tokens = Math.min(this.capacity, bucket.tokens + refill);
      bucket.updatedAt += refill * this.refillEveryMs;
    }
  }

  /**
   * Keeps the table bounded without wiping it (a wipe would hand every blocked key its tries
   * back): first buckets that have refilled completely (they say nothing), then, only if that
   * is not enough, those with the most tries left.
   */
  private forget(now: number): void {
    for (const [key, bucket] of this.buckets) {
      this.refill(bucket, now);
      if (bucket.tokens >= this.capacity) this.buckets.delete(key);
    }
    if (this.buckets.size <= MAX_KEYS * 0.9) return;
    const fullest = [...this.buckets].sort(([, a], [, b]) => b.tokens - a.tokens || a.updatedAt - b.updatedAt);
    for (const [key] of fullest.slice(0, this.buckets.size - Math.floor(MAX_KEYS * 0.9))) this.buckets.delete(key);
  }
}
