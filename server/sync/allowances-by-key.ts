import { Rate, REFUSED, smallClock } from './allowance';

/** Keys remembered before some are forgotten (those that would be let through anyway first). */
const MAX_KEYS = 100_000;

/**
 * One Rate's allowances by key (an account, an address): sign-in and sign-up tries, sync
 * upgrades per address. Each key's state is one number. In memory: a restart forgets, which
 * only ever helps a legitimate person.
 */
export class AllowancesByKey {
  private readonly fullAt = new Map<string, number>();
  private readonly rate: Rate;

  constructor(capacity: number, refillEveryMs: number) {
    this.rate = new Rate(capacity, refillEveryMs);
  }

  /** Takes `cost` for `key`; false (taking nothing) when the key has not that much left. */
  take(key: string, now = smallClock(), cost = 1): boolean {
    const next = this.rate.take(this.fullAt.get(key) ?? this.rate.full(now), now, cost);
    if (next === REFUSED) return false;
    this.fullAt.set(key, next);
    if (this.fullAt.size > MAX_KEYS) this.forget(now);
    return true;
  }

  /**
   * Keeps the table bounded without wiping it (a wipe would hand every blocked key its tries
   * back): first keys whose allowances have refilled completely (they say nothing), then, only
   * if that is not enough, those owed the least time.
   */
  private forget(now: number): void {
    for (const [key, fullAt] of this.fullAt) if (this.rate.owedMs(fullAt, now) === 0) this.fullAt.delete(key);
    if (this.fullAt.size <= MAX_KEYS * 0.9) return;
    const leastOwed = [...this.fullAt].sort(([, a], [, b]) => this.rate.owedMs(a, now) - this.rate.owedMs(b, now));
    for (const [key] of leastOwed.slice(0, this.fullAt.size - Math.floor(MAX_KEYS * 0.9))) this.fullAt.delete(key);
  }
}
