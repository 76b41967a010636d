import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../shared/api/schemas';
import type { LocaleSetting, ServerEntry, StoreProblem } from '../../../shared/ipc/contract';
import { setLanguage } from '../i18n';
import { resolveLocale } from '../i18n/locale';
import { DocumentsScreen } from '../screens/DocumentsScreen';
import { EditorScreen } from '../screens/EditorScreen';
import { SettingsScreen } from '../screens/SettingsScreen';
import { SignInScreen } from '../screens/SignInScreen';

type View = { kind: 'home' } | { kind: 'editor'; document: DocumentMeta } | { kind: 'settings'; back: View };

/** The shell: which screen is showing, for which server, in which language. */
export function App({ initialServers, initialLocale }: { initialServers: ServerEntry[]; initialLocale: LocaleSetting }) {
  const { t } = useTranslation();
  const api = window.branchline;
  const [servers, setServers] = useState(initialServers);
  const [locale, setLocale] = useState(initialLocale);
  const [view, setView] = useState<View>({ kind: 'home' });
  const [problem, setProblem] = useState<StoreProblem | null>(null);
  // Set when the session ended without the person signing out (expired or revoked on the server).
  const [sessionEnded, setSessionEnded] = useState(false);
  const [signingOut, setSigningOut] = useState(false);

  const signedIn = useRef(initialServers.some((entry) => entry.user));

  useEffect(
    () =>
      api.on('servers:changed', (entries) => {
        const isSignedIn = entries.some((entry) => entry.user);
        if (signedIn.current && !isSignedIn) setSessionEnded(true);
        if (isSignedIn) setSessionEnded(false);
        signedIn.current = isSignedIn;
        setServers(entries);
      }),
    [api],
  );
  useEffect(() => api.on('store:problem', setProblem), [api]);

  const server = servers.find((entry) => entry.user) ?? null;
  const defaultServer = servers.find((entry) => entry.isDefault) ?? servers[0] ?? null;

  const changeLocale = async (next: LocaleSetting) => {
    setLocale((await api.settings.update({ locale: next })).locale);
    await setLanguage(resolveLocale(next, navigator.languages));
  };
  const signOut = async () => {
    setSigningOut(true);
    if (server) await api.servers.signOut({ serverId: server.id });
    setServers(await api.servers.list());
    setView({ kind: 'home' });
  };

  let screen;
  if (view.kind === 'settings') {
    screen = <SettingsScreen locale={locale} server={server} onLocale={changeLocale} onSignOut={signOut} onClose={() => setView(view.back)} />;
  } else if (!server) {
    screen = (
      <SignInScreen
        defaultUrl={defaultServer?.url ?? 'http://127.0.0.1:4455'}
        sessionEnded={sessionEnded && !signingOut}
        onSignedIn={async () => {
          setSigningOut(false);
          setServers(await api.servers.list());
        }}
      />
    );
  } else if (view.kind === 'editor') {
    screen = <EditorScreen serverId={server.id} document={view.document} onBack={() => setView({ kind: 'home' })} />;
  } else {
    screen = <DocumentsScreen server={server} onOpen={(document) => setView({ kind: 'editor', document })} />;
  }

  return (
    <>
      <a className="skip-link" href="#main">{t('app.skipToContent')}</a>
      <header className="app-header">
        <p className="app-name">{t('app.name')}</p>
        <nav aria-label={t('app.primaryNav')}>
          {view.kind !== 'settings' && (
            <button type="button" className="quiet" onClick={() => setView({ kind: 'settings', back: view })}>{t('settings.open')}</button>
          )}
        </nav>
      </header>
      {problem && <p className="store-problem" role="alert">{t('status.storeProblem', { kind: problem.kind })}</p>}
      <main id="main" tabIndex={-1}>{screen}</main>
    </>
  );
}
