import { describe, expect, it } from 'vitest';
import { Allowance, rate } from './allowance';

describe('Allowance', () => {
  it('gives a burst, then one token every interval, never more than its capacity', () => {
    const allowance = new Allowance(rate(3, 10), 0);
    expect([allowance.take(0), allowance.take(0), allowance.take(0), allowance.take(0)]).toEqual([true, true, true, false]);
    expect(allowance.msUntil(4)).toBe(6);
    expect(allowance.take(9)).toBe(false);
    expect(allowance.take(10)).toBe(true);
    expect(allowance.take(15)).toBe(false);
    // Part of an interval already waited counts towards the next token.
    expect(allowance.take(20)).toBe(true);
    // A long wait refills to capacity and no further.
    for (const _ of [1, 2, 3]) expect(allowance.take(10_000)).toBe(true);
    expect(allowance.take(10_000)).toBe(false);
  });

  it('counts time across the small clock’s wrap', () => {
    const wrap = 0x3fffffff;
    const allowance = new Allowance(rate(1, 100), wrap - 50);
    expect(allowance.take(wrap - 50)).toBe(true);
    expect(allowance.take((wrap - 50 + 99) & wrap)).toBe(false);
    expect(allowance.take((wrap - 50 + 100) & wrap)).toBe(true);
  });

  it('treats an interval under a millisecond as one millisecond', () => {
    const allowance = new Allowance(rate(1, 0.25), 0);
    expect(allowance.take(0)).toBe(true);
    expect(allowance.take(0)).toBe(false);
    expect(allowance.take(1)).toBe(true);
  });
});
