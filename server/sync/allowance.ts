/**
 * Milliseconds on a clock that wraps every ~12 days, so every value is a small integer (see
 * Rate). Any whole-millisecond clock will do (RateLimiter passes Date.now()): Rate works modulo the wrap.
 */
const WRAP = 0x3fffffff;
const HALF = 0x20000000;
export const smallClock = (): number => performance.now() & WRAP;

/** What `Rate.take` answers when the allowance has nothing left. */
export const REFUSED = -1;

/**
 * A rate limit as a token bucket of whole tokens: up to `capacity` at once, one more every
 * `everyMs`. The bucket's whole state is one number its owner keeps, the moment it would
 * be full again (the "theoretical arrival time" of the generic cell rate algorithm, which
 * is exactly a token bucket). It is a small integer, stored in the owner itself: sockets are
 * many, and a bucket object per limit per socket was much of what a limit cost each one.
 * The Rate is made once per server and shared.
 */
export class Rate {
  readonly everyMs: number;
  /** How far ahead of now a full bucket's worth of takes can push the moment it is full. */
  private readonly span: number;

  constructor(
    readonly capacity: number,
    everyMs: number,
  ) {
    this.everyMs = Math.max(1, Math.round(everyMs));
    this.span = capacity * this.everyMs;
  }

  /** The state of a full allowance. */
  full(now = smallClock()): number {
    return now & WRAP;
  }

  /** How long the allowance whose state is `fullAt` owes, in ms (0 when it is full). */
  owedMs(fullAt: number, now = smallClock()): number {
    const ahead = ((fullAt - now + HALF) & WRAP) - HALF;
    // Past the span it can only be a state untouched for ~6 days, seen across the clock's wrap: it is full.
    return ahead > 0 && ahead <= this.span ? ahead : 0;
  }

  /** Takes a token from the allowance whose state is `fullAt`: its new state, or REFUSED (it is unchanged). */
  take(fullAt: number, now = smallClock()): number {
    const owed = this.owedMs(fullAt, now) + this.everyMs;
    return owed > this.span ? REFUSED : (now + owed) & WRAP;
  }

  /** Milliseconds until the allowance whose state is `fullAt` has a token. */
  msUntil(fullAt: number, now = smallClock()): number {
    return Math.max(0, this.owedMs(fullAt, now) + this.everyMs - this.span);
  }
}
