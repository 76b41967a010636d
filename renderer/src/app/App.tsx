import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceSummary } from '../../../shared/api/spaces';
import type { LocaleSetting, ServerEntry } from '../../../shared/ipc/contract';
import { Avatar } from '../components/Avatar';
import { setLanguage } from '../i18n';
import { resolveLocale } from '../i18n/locale';
import { useLocale } from '../i18n/useLocale';
import { ProfileScreen } from '../screens/profile/ProfileScreen';
import { inviteErrorKey } from '../screens/invites/invite-errors';
import { SettingsScreen } from '../screens/SettingsScreen';
import type { AfterSignIn } from '../screens/sign-in/after-sign-in';
import { SignInScreen } from '../screens/sign-in/SignInScreen';
import { spaceName } from '../spaces/space-text';
import { StoreHealthNotice } from '../status/StoreHealthNotice';
import { serverLabel, shownServer } from './server-entries';
import { ServerSwitcher } from './ServerSwitcher';
import { useServers } from './useServers';
import type { Overlay, View } from './views';
import { WorkspaceScreen } from './WorkspaceScreen';

const FALLBACK_SERVER_URL = 'http://127.0.0.1:4455';

/** The shell: which server and screen show, in which language, with the server switcher beside them. */
export function App({
  initialServers,
  initialLocale,
}: {
  initialServers: ServerEntry[];
  initialLocale: LocaleSetting;
}) {
  const { t } = useTranslation();
  const uiLocale = useLocale();
  const api = window.branchline;
  const servers = useServers(initialServers);
  const [locale, setLocale] = useState(initialLocale);
  const [overlay, setOverlay] = useState<Overlay | null>(null);
  const [view, setView] = useState<View | null>(null);

  const shown = shownServer(servers.entries);
  const signedIn = shown?.user ? shown : null;
  const anySignedIn = servers.entries.some((entry) => entry.user);
  const current: View | null = signedIn
    ? view?.serverId === signedIn.id
      ? view
      : { kind: 'spaces', serverId: signedIn.id }
    : null;
  // A session that ended on a server not on screen (the host moves on to one still signed in).
  const endedElsewhere = servers.entries.find((entry) => entry.id !== shown?.id && servers.ended.has(entry.id));

  const changeLocale = async (next: LocaleSetting) => {
    setLocale((await api.settings.update({ locale: next })).locale);
    await setLanguage(resolveLocale(next, navigator.languages));
  };

  const show = async (serverId: string, next?: View) => {
    setOverlay(null);
    // Applied together, so the new server's screen appears once, not its home first.
    const entries = await api.servers.activate({ serverId });
    servers.apply(entries);
    setView(next ?? { kind: 'spaces', serverId });
  };

  const joined = (serverId: string, space: SpaceSummary) =>
    show(serverId, {
      kind: 'space',
      serverId,
      space,
      notice: t('spaces.joined', { name: spaceName(space, uiLocale).text }),
    });

  const afterSignIn = async (serverId: string, then?: AfterSignIn) => {
    if (!then) return show(serverId);
    if ('acceptCode' in then) {
      const accepted = await api.invites.accept({ serverId, code: then.acceptCode });
      if (accepted.ok) return joined(serverId, accepted.value);
      return show(serverId, { kind: 'spaces', serverId, notice: t(inviteErrorKey(accepted.error)) });
    }
    const space = await api.spaces.get({ serverId, spaceId: then.openSpaceId });
    return space.ok ? joined(serverId, space.value) : show(serverId);
  };

  let screen;
  if (overlay?.kind === 'settings') {
    screen = (
      <SettingsScreen
        locale={locale}
        server={signedIn}
        onLocale={changeLocale}
        onSignOut={async () => {
          if (signedIn) await servers.signOut(signedIn.id);
          setOverlay(null);
        }}
        onClose={() => setOverlay(null)}
      />
    );
  } else if (overlay?.kind === 'profile' && signedIn?.user) {
    screen = (
      <ProfileScreen key={signedIn.id} server={signedIn} user={signedIn.user} onClose={() => setOverlay(null)} />
    );
  } else if (overlay?.kind === 'add-server' || !current || !signedIn) {
    const adding = overlay?.kind === 'add-server';
    screen = (
      <SignInScreen
        key={adding ? 'add-server' : `sign-in:${shown?.id ?? ''}`}
        adding={adding}
        defaultUrl={adding ? '' : (shown?.url ?? FALLBACK_SERVER_URL)}
        sessionEnded={
          !adding && ((shown !== null && servers.ended.has(shown.id)) || (!anySignedIn && servers.ended.size > 0))
        }
        serverIdForCode={adding ? null : (shown?.id ?? null)}
        initialInvite={adding ? overlay.invite : undefined}
        onSignedIn={(serverId, then) => void afterSignIn(serverId, then)}
        onCancel={adding && anySignedIn ? () => setOverlay(null) : undefined}
      />
    );
  } else {
    screen = (
      <WorkspaceScreen
        server={signedIn}
        servers={servers.entries}
        view={current}
        onView={setView}
        onJoined={(serverId, space) => void joined(serverId, space)}
        onSignInForInvite={(invite) => setOverlay({ kind: 'add-server', invite })}
      />
    );
  }

  return (
    <>
      <a className="skip-link" href="#main">
        {t('app.skipToContent')}
      </a>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <nav aria-label={t('app.primaryNav')}>
          {signedIn?.user && overlay?.kind !== 'profile' && (
            <button type="button" className="quiet header-profile" onClick={() => setOverlay({ kind: 'profile' })}>
              <Avatar initials={signedIn.user.initials} colour={signedIn.user.color} />
              {t('app.profile')}
            </button>
          )}
          {overlay?.kind !== 'settings' && (
            <button type="button" className="quiet" onClick={() => setOverlay({ kind: 'settings' })}>
              {t('settings.open')}
            </button>
          )}
        </nav>
      </header>
      <StoreHealthNotice />
      <div className={anySignedIn ? 'app-body with-switcher' : 'app-body'}>
        {anySignedIn && (
          <ServerSwitcher
            entries={servers.entries}
            shownId={shown?.id ?? null}
            onChoose={(serverId) => void show(serverId)}
            onAdd={() => setOverlay({ kind: 'add-server' })}
          />
        )}
        <main id="main" tabIndex={-1}>
          {endedElsewhere && (
            <p className="note" role="status">
              {t('servers.sessionEnded', { server: serverLabel(endedElsewhere) })}
            </p>
          )}
          {screen}
        </main>
      </div>
    </>
  );
}
