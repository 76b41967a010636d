import { describe, expect, it } from 'vitest';
import { Rate, REFUSED } from './allowance';
import { AllowancesByKey } from './allowances-by-key';

/** Takes from `state` at `now`, returning whether it was allowed; `state.fullAt` follows. */
function take(rate: Rate, state: { fullAt: number }, now: number): boolean {
  const next = rate.take(state.fullAt, now);
  if (next === REFUSED) return false;
  state.fullAt = next;
  return true;
}

describe('Rate', () => {
  it('gives a burst, then one token every interval, never more than its capacity', () => {
    const rate = new Rate(3, 10);
    const state = { fullAt: rate.full(0) };
    expect([take(rate, state, 0), take(rate, state, 0), take(rate, state, 0), take(rate, state, 0)]).toEqual([
      true,
      true,
      true,
      false,
    ]);
    expect(rate.msUntil(state.fullAt, 4)).toBe(6);
    expect(take(rate, state, 9)).toBe(false);
    expect(take(rate, state, 10)).toBe(true);
    expect(take(rate, state, 15)).toBe(false);
    // Part of an interval already waited counts towards the next token.
    expect(take(rate, state, 20)).toBe(true);
    // A long wait refills to capacity and no further.
    for (const _ of [1, 2, 3]) expect(take(rate, state, 10_000)).toBe(true);
    expect(take(rate, state, 10_000)).toBe(false);
    expect(rate.msUntil(state.fullAt, 10_000)).toBe(10);
  });

  it('counts time across the small clock’s wrap', () => {
    const wrap = 0x3fffffff;
    const rate = new Rate(1, 100);
    const state = { fullAt: rate.full(wrap - 50) };
    expect(take(rate, state, wrap - 50)).toBe(true);
    expect(take(rate, state, (wrap - 50 + 99) & wrap)).toBe(false);
    expect(take(rate, state, (wrap - 50 + 100) & wrap)).toBe(true);
  });

  it('is full again after an idle spell long enough to have wrapped the clock', () => {
    const rate = new Rate(2, 1000);
    const state = { fullAt: rate.full(0) };
    expect(take(rate, state, 0)).toBe(true);
    expect(take(rate, state, 0)).toBe(true);
    // More than half the clock's range later, the state looks far in the future; it is only old.
    const later = 0x20000000 + 2010;
    expect(take(rate, state, later)).toBe(true);
    expect(take(rate, state, later)).toBe(true);
    expect(take(rate, state, later)).toBe(false);
  });

  it('treats an interval under a millisecond as one millisecond', () => {
    const rate = new Rate(1, 0.25);
    const state = { fullAt: rate.full(0) };
    expect(take(rate, state, 0)).toBe(true);
    expect(take(rate, state, 0)).toBe(false);
    expect(take(rate, state, 1)).toBe(true);
  });
});

describe('Rate with costs', () => {
  it('spends a cost of several tokens at once, and refuses one it cannot cover without spending any', () => {
    const rate = new Rate(5, 10);
    const state = { fullAt: rate.full(0) };
    const takeCost = (cost: number, now: number) => {
      const next = rate.take(state.fullAt, now, cost);
      if (next === REFUSED) return false;
      state.fullAt = next;
      return true;
    };
    expect(takeCost(3, 0)).toBe(true);
    expect(takeCost(3, 0)).toBe(false);
    expect(takeCost(2, 0)).toBe(true);
    expect(rate.msUntil(state.fullAt, 0, 3)).toBe(30);
    expect(takeCost(3, 29)).toBe(false);
    expect(takeCost(3, 30)).toBe(true);
    // More than the capacity never fits.
    expect(rate.take(rate.full(10_000), 10_000, 6)).toBe(REFUSED);
  });

  it('keeps a budget of fractional costs, a session’s bytes: a burst, then its rate per second', () => {
    const mebibyte = 1024 * 1024;
    const bytes = Rate.budget(16 * mebibyte, mebibyte);
    const state = { fullAt: bytes.full(0) };
    const spend = (count: number, now: number) => {
      const next = bytes.take(state.fullAt, now, count);
      if (next === REFUSED) return false;
      state.fullAt = next;
      return true;
    };
    expect(spend(16 * mebibyte - 1, 0)).toBe(true);
    expect(spend(2, 0)).toBe(false);
    expect(spend(1, 0)).toBe(true);
    // One millisecond refills 1,048.576 bytes.
    expect(spend(1000, 1)).toBe(true);
    expect(spend(48, 1)).toBe(true);
    expect(spend(1, 1)).toBe(false);
    expect(bytes.owedMs(state.fullAt, 1)).toBeGreaterThan(15_999);
    expect(bytes.owedMs(state.fullAt, 16_001)).toBe(0);
  });

  it('keeps the state of whole tokens a whole number, never -0, wherever the clock is', () => {
    const wrap = 0x3fffffff;
    for (const everyMs of [1, 2, 0.4, 1000, 20]) {
      const rate = new Rate(7, everyMs);
      for (const now of [0, 1, wrap - 3, wrap, 123_456_789]) {
        let fullAt = rate.full(now);
        for (let i = 0; i < 7; i++) {
          const next = rate.take(fullAt, now + i);
          if (next === REFUSED) break;
          fullAt = next;
          expect(Number.isInteger(fullAt) && !Object.is(fullAt, -0) && fullAt >= 0 && fullAt <= wrap).toBe(true);
        }
      }
    }
  });

  it('refuses a capacity that would take longer to refill than half the clock’s wrap', () => {
    expect(() => new Rate(1_000_000, 1000)).toThrow(RangeError);
  });
});

describe('AllowancesByKey', () => {
  it('keeps each key’s allowance apart, and spends costs', () => {
    const byKey = new AllowancesByKey(3, 1000);
    expect(byKey.take('address:a', 0, 3)).toBe(true);
    expect(byKey.take('address:a', 0)).toBe(false);
    expect(byKey.take('address:b', 0)).toBe(true);
    expect(byKey.take('address:a', 1000)).toBe(true);
    expect(byKey.take('address:a', 1000)).toBe(false);
  });
});
