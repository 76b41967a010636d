import { describe, expect, it } from 'vitest';
import { Rate, REFUSED } from './allowance';

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
