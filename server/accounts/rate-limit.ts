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
    const refill = Math.floor((now - bucket.updatedAt) / this.refillEveryMs);
    if (refill > 0) {
      bucket.tokens = Math.min(this.capacity, bucket.tokens + refill);
      bucket.updatedAt += refill * this.refillEveryMs;
    }
    if (bucket.tokens <= 0) {
      this.buckets.set(key, bucket);
      return false;
    }
    bucket.tokens -= 1;
    this.buckets.set(key, bucket);
    if (this.buckets.size > 100_000) this.buckets.clear();
    return true;
  }
}
