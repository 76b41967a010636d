/**
 * Milliseconds on a clock that wraps every ~12 days, so every value is a small integer (see
 * Rate). Any whole-millisecond clock will do: Rate works modulo the wrap.
 */
const PERIOD = 0x40000000;
const HALF = 0x20000000;
export const smallClock = (): number => performance.now() & (PERIOD - 1);

/** `ms` on the wrapped clock. Whole numbers stay whole (and never -0), so states stay small integers. */
const wrap = (ms: number) => ((ms % PERIOD) + PERIOD) % PERIOD;

/** What `Rate.take` answers when the allowance has not enough left. */
export const REFUSED = -1;

/**
 * The server's one rate limit: a token bucket holding up to `capacity` tokens, one more every
 * `everyMs`, from which each take spends `cost` (1 unless said). The bucket's whole state is
 * one number its owner keeps, the moment it would be full again (the "theoretical arrival
 * time" of the generic cell rate algorithm, which is exactly a token bucket). The Rate itself
 * is made once per limit and shared by every owner.
 *
 * Counted in whole tokens (`new Rate`), the interval is whole milliseconds, so the state is a
 * small integer, stored in the owner itself: sockets are many, and a bucket object per limit
 * per socket was much of what a limit cost each one. Counted in units of fractional cost
 * (`Rate.budget`, a session's bytes), the state is a fraction: keep such states where there
 * are few of them (one per session), not per socket. Keyed states: AllowancesByKey.
 */
export class Rate {
  readonly everyMs: number;
  /** How far ahead of now a full bucket's worth of takes can push the moment it is full. */
  private readonly span: number;

  /**
   * `capacity` at once, then one more every `everyMs`: rounded to whole milliseconds (at least
   * one) unless `fractional` (see Rate.budget).
   */
  constructor(
    readonly capacity: number,
    everyMs: number,
    interval: 'whole-ms' | 'fractional' = 'whole-ms',
  ) {
    this.everyMs = interval === 'whole-ms' ? Math.max(1, Math.round(everyMs)) : everyMs;
    this.span = capacity * this.everyMs;
    // Past half the clock's wrap, a state could not tell "owed" from "long idle".
    if (!(this.span > 0 && this.span < HALF)) throw new RangeError(`a rate's capacity must refill within ~6 days`);
  }

  /** A budget of `capacity` units (bytes) refilled at `perSecond`, for takes of any cost; its state is a fraction. */
  static budget(capacity: number, perSecond: number): Rate {
    return new Rate(capacity, 1000 / perSecond, 'fractional');
  }

  /** The state of a full allowance. */
  full(now = smallClock()): number {
    return wrap(now);
  }

  /** How long the allowance whose state is `fullAt` owes, in ms (0 when it is full). */
  owedMs(fullAt: number, now = smallClock()): number {
    const ahead = wrap(fullAt - now + HALF) - HALF;
    // Past the span it can only be a state untouched for ~6 days, seen across the clock's wrap: it is full.
    return ahead > 0 && ahead <= this.span ? ahead : 0;
  }

  /** Takes `cost` from the allowance whose state is `fullAt`: its new state, or REFUSED (it is unchanged). */
  take(fullAt: number, now = smallClock(), cost = 1): number {
    const owed = this.owedMs(fullAt, now) + cost * this.everyMs;
    return owed > this.span ? REFUSED : wrap(now + owed);
  }

  /** Milliseconds until the allowance whose state is `fullAt` has `cost` to spend. */
  msUntil(fullAt: number, now = smallClock(), cost = 1): number {
    return Math.max(0, this.owedMs(fullAt, now) + cost * this.everyMs - this.span);
  }
}
