import { describe, expect, it } from 'vitest';
import { MAX_INVITE_HOURS } from '../../../shared/api/spaces';
import { DEFAULT_INVITE_HOURS, INVITE_EXPIRY_CHOICES } from './invite-expiry';

describe('invite expiry choices', () => {
  it('are 1, 7 and 30 days, all within what the server accepts, and default to one of them', () => {
    expect(INVITE_EXPIRY_CHOICES.map((choice) => choice.hours)).toEqual([24, 168, 720]);
    for (const choice of INVITE_EXPIRY_CHOICES) expect(choice.hours).toBeLessThanOrEqual(MAX_INVITE_HOURS);
    expect(INVITE_EXPIRY_CHOICES.some((choice) => choice.hours === DEFAULT_INVITE_HOURS)).toBe(true);
  });
});
