import type { Message } from '../i18n/message';

const MINUTE = 60_000;
const HOUR = 60 * MINUTE;
const DAY = 24 * HOUR;

/**
 * When something happened, as a list says it ("5 minutes ago", "yesterday"), from the
 * catalogue rather than Intl.RelativeTimeFormat: Chromium's ICU data has no Welsh. Older than
 * a week: null, and the caller shows the date itself.
 */
export function relativeTime(iso: string, now: number): Message | null {
  const ago = now - Date.parse(iso);
  if (Number.isNaN(ago)) return null;
  if (ago < MINUTE) return { key: 'forum.timeJustNow' };
  if (ago < HOUR) return { key: 'forum.timeMinutes', values: { count: Math.floor(ago / MINUTE) } };
  if (ago < DAY) return { key: 'forum.timeHours', values: { count: Math.floor(ago / HOUR) } };
  if (ago < 2 * DAY) return { key: 'forum.timeYesterday' };
  if (ago < 7 * DAY) return { key: 'forum.timeDays', values: { count: Math.floor(ago / DAY) } };
  return null;
}
