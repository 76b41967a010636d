import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

describe('relativeTime', () => {
  const now = Date.parse('2026-03-10T12:00:00.000Z');
  const ago = (ms: number) => new Date(now - ms).toISOString();

  it('says how long ago in minutes, hours, yesterday and days, then leaves it to a date', () => {
    expect(relativeTime(ago(10_000), now)).toEqual({ key: 'forum.timeJustNow' });
    expect(relativeTime(ago(5 * 60_000), now)).toEqual({ key: 'forum.timeMinutes', values: { count: 5 } });
    expect(relativeTime(ago(3 * 3_600_000), now)).toEqual({ key: 'forum.timeHours', values: { count: 3 } });
    expect(relativeTime(ago(30 * 3_600_000), now)).toEqual({ key: 'forum.timeYesterday' });
    expect(relativeTime(ago(4 * 86_400_000), now)).toEqual({ key: 'forum.timeDays', values: { count: 4 } });
    expect(relativeTime(ago(8 * 86_400_000), now)).toBeNull();
  });

  it('treats a time a little in the future (clocks differ) as just now', () => {
    expect(relativeTime(new Date(now + 5_000).toISOString(), now)).toEqual({ key: 'forum.timeJustNow' });
  });
});
