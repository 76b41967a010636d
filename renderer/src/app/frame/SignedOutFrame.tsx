import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { StoreHealthNotice } from '../../status/StoreHealthNotice';
import { paths } from '../paths';

/** Around sign-in and joining, before any server is signed in: the app's name and its settings. */
export function SignedOutFrame({ children }: { children: ReactNode }) {
  const { t } = useTranslation();
  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <nav aria-label={t('app.primaryNav')}>
          <Link className="header-link" to={paths.settings()}>
            {t('settings.open')}
          </Link>
        </nav>
      </header>
      <StoreHealthNotice />
      <main id="main" tabIndex={-1} className="signed-out">
        {children}
      </main>
    </>
  );
}
