import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * Names the screen in the window's title, most specific first: "Summer Reading Challenge plan
 * – Reading Offer network – Branchline". Screen readers read it when the window gains focus,
 * and it is what the taskbar and window switcher show.
 */
export function useWindowTitle(...parts: Array<string | null | undefined>): void {
  const { t } = useTranslation();
  const title = [...parts.filter((part): part is string => Boolean(part)), t('app.name')].join(' – ');
  useEffect(() => {
    document.title = title;
  }, [title]);
}
