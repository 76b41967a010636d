import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { LocaleSetting } from '../../../shared/ipc/contract';
import { useGoBack } from '../app/navigation/useGoBack';
import { useWindowTitle } from '../app/navigation/useWindowTitle';
import { paths } from '../app/paths';
import { shownServer } from '../app/server-entries';
import { useScreenHeading } from '../app/useScreenHeading';
import { useServers } from '../data/servers';
import { useChooseLocale, useSettings } from '../data/settings';

/** The device's settings: its language; and signing out of the server on screen. */
export function SettingsScreen() {
  const { t } = useTranslation();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const languageId = useId();
  const navigate = useNavigate();
  const settings = useSettings();
  const chooseLocale = useChooseLocale();
  const { entries, signOut } = useServers();
  const goBack = useGoBack(paths.home());
  const shown = shownServer(entries);
  const server = shown?.user ? shown : null;
  useWindowTitle(t('settings.title'));

  return (
    <section className="screen narrow" aria-labelledby="settings-title">
      <h1 id="settings-title" ref={heading} tabIndex={-1}>
        {t('settings.title')}
      </h1>
      <div className="stack">
        <label htmlFor={languageId}>{t('settings.language')}</label>
        <select
          id={languageId}
          value={settings?.locale ?? 'system'}
          onChange={(e) => chooseLocale.mutate(e.target.value as LocaleSetting)}
        >
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
          <button
            type="button"
            onClick={async () => {
              await signOut(server.id);
              void navigate(paths.home(), { replace: true });
            }}
          >
            {t('settings.signOut')}
          </button>
        </>
      )}
      <p>
        <button type="button" className="primary" onClick={goBack}>
          {t('settings.close')}
        </button>
      </p>
    </section>
  );
}
