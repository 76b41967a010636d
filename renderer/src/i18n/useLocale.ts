import { useTranslation } from 'react-i18next';
import type { Locale } from '../../../shared/ipc/contract';

/** The UI's language as a Locale, for choosing a space's Welsh or English text. */
export function useLocale(): Locale {
  const { i18n } = useTranslation();
  return i18n.language === 'cy' ? 'cy' : 'en';
}
