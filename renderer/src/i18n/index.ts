import i18next from 'i18next';
import { initReactI18next } from 'react-i18next';
import type { Locale } from '../../../shared/ipc/contract';
import { cy } from './cy';
import { en } from './en';
import { installReactAriaStrings, setReactAriaLanguage } from './react-aria-strings';

/** One i18next instance for the app; `setLanguage` also sets <html lang> for screen readers. */
export async function initI18n(locale: Locale): Promise<void> {
  await i18next.use(initReactI18next).init({
    resources: { en: { translation: en }, cy: { translation: cy } },
    lng: locale,
    fallbackLng: 'en',
    keySeparator: false,
    nsSeparator: false,
    interpolation: { escapeValue: false },
    returnNull: false,
  });
  installReactAriaStrings(locale);
  document.documentElement.lang = locale;
}

export async function setLanguage(locale: Locale): Promise<void> {
  setReactAriaLanguage(locale);
  await i18next.changeLanguage(locale);
  document.documentElement.lang = locale;
}
