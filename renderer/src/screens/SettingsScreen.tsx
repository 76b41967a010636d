import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import type { LocaleSetting, ServerEntry } from '../../../shared/ipc/contract';
import { useScreenHeading } from '../app/useScreenHeading';

export function SettingsScreen({
  locale,
  server,
  onLocale,
  onSignOut,
  onClose,
}: {
  locale: LocaleSetting;
  server: ServerEntry | null;
  onLocale: (locale: LocaleSetting) => void;
  onSignOut: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const languageId = useId();
  return (
    <section className="screen narrow" aria-labelledby="settings-title">
      <h1 id="settings-title" ref={heading} tabIndex={-1}>
        {t('settings.title')}
      </h1>
      <div className="stack">
        <label htmlFor={languageId}>{t('settings.language')}</label>
        <select id={languageId} value={locale} onChange={(e) => onLocale(e.target.value as LocaleSetting)}>
          <option value="system">{t('settings.languageSystem')}</option>
          <option value="en" lang="en">
            {t('settings.languageEnglish')}
          </option>
          <option value="cy" lang="cy">
            {t('settings.languageWelsh')}
          </option>
        </select>
      </div>
      {server?.user && (
        <>
          <h2>{t('settings.account')}</h2>
          <p>
            {t('settings.signedInAs', {
              name: server.user.name,
              email: server.user.email,
              server: server.organisation?.name ?? server.url,
            })}
          </p>
          <button type="button" onClick={onSignOut}>
            {t('settings.signOut')}
          </button>
        </>
      )}
      <p>
        <button type="button" className="primary" onClick={onClose}>
          {t('settings.close')}
        </button>
      </p>
    </section>
  );
}
