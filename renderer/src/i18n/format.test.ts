import { describe, expect, it } from 'vitest';
import { formatDate, formatDateTime } from './format';

describe('dates in the UI’s language', () => {
  // Local time, so the test reads the same in any time zone.
  const iso = new Date(2026, 10, 23, 8, 5).toISOString();

  it('writes day, short month, year and 24-hour time in English', () => {
    expect(formatDateTime(iso, 'en')).toBe('23 Nov 2026, 08:05');
    expect(formatDate(iso, 'en')).toBe('23 Nov 2026');
  });

  it('writes Welsh month names whatever the browser’s locale data holds', () => {
    expect(formatDateTime(iso, 'cy')).toBe('23 Tach 2026, 08:05');
    expect(formatDate(new Date(2027, 0, 1).toISOString(), 'cy')).toBe('1 Ion 2027');
  });
});
