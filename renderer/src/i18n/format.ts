import { cy } from './cy';
import { en } from './en';

/**
 * Dates as people in Wales and England write them ("23 Nov 2026, 08:51", "23 Tach 2026,
 * 08:51"), in the UI's language. Month names come from the catalogue, not from Intl: the ICU
 * data in Chromium (and so in Electron) has no Welsh, and would show "2026 M11 23".
 */
function months(language: string): string[] {
  return (language === 'cy' ? cy : en)['dates.monthsShort'].split(',');
}

const twoDigits = (value: number) => String(value).padStart(2, '0');

export function formatDate(iso: string, language: string): string {
  const date = new Date(iso);
  return `${date.getDate()} ${months(language)[date.getMonth()]} ${date.getFullYear()}`;
}

export function formatDateTime(iso: string, language: string): string {
  const date = new Date(iso);
  return `${formatDate(iso, language)}, ${twoDigits(date.getHours())}:${twoDigits(date.getMinutes())}`;
}
