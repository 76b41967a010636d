/** Milliseconds on a clock that wraps every ~12 days, so every value is a small integer (see Allowance). */
const WRAP = 0x3fffffff;
export const smallClock = (): number => performance.now() & WRAP;

/** How an allowance fills: up to `capacity` tokens, one more every `everyMs` (a whole number, at least 1). */
export type Rate = { readonly capacity: number; readonly everyMs: number };

export function rate(capacity: number, everyMs: number): Rate {
  return { capacity, everyMs: Math.max(1, Math.round(everyMs)) };
}

/**
 * A token bucket of whole tokens at a Rate shared by every connection, for the limits each
 * connection carries. It holds just its two changing numbers, both small integers that V8
 * keeps in the object itself (a float bucket's would each be a separate heap number):
 * sockets are many, and this is most of what a limit costs each one. The clock wraps every
 * ~12 days, so a bucket left untouched that long may refill less than fully once.
 */
export class Allowance {
  private tokens: number;
  private at: number;

  constructor(
    private readonly rate: Rate,
    now = smallClock(),
  ) {
    this.tokens = rate.capacity;
    this.at = now;
  }

  private refill(now: number): void {
    const { capacity, everyMs } = this.rate;
    const earned = Math.floor(((now - this.at) & WRAP) / everyMs);
    if (earned === 0) return;
    if (this.tokens + earned >= capacity) {
      this.tokens = capacity;
      this.at = now;
    } else {
      this.tokens += earned;
      // Keep the part of an interval already waited for.
      this.at = (this.at + earned * everyMs) & WRAP;
    }
  }

  /** Takes one token if there is one; false if not. */
  take(now = smallClock()): boolean {
    this.refill(now);
    if (this.tokens === 0) return false;
    this.tokens -= 1;
    return true;
  }

  /** Milliseconds until a token will be there. */
  msUntil(now = smallClock()): number {
    this.refill(now);
    return this.tokens > 0 ? 0 : this.rate.everyMs - ((now - this.at) & WRAP);
  }
}
