import type { Locale, LocaleSetting } from '../../../shared/ipc/contract';

/** "Use system language": Welsh when the system prefers Welsh, English otherwise. */
export function resolveLocale(setting: LocaleSetting, systemLanguages: readonly string[]): Locale {
  if (setting !== 'system') return setting;
  for (const language of systemLanguages) {
    const primary = language.toLowerCase().split('-')[0];
    if (primary === 'cy') return 'cy';
    if (primary === 'en') return 'en';
  }
  return 'en';
}
