import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { initI18n } from './i18n';
import { resolveLocale } from './i18n/locale';
import './styles.css';
import './editor/editor.css';

async function start(): Promise<void> {
  const api = window.branchline;
  const [settings, servers] = await Promise.all([api.settings.get(), api.servers.list()]);
  await initI18n(resolveLocale(settings.locale, navigator.languages));
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App initialServers={servers} initialLocale={settings.locale} />
    </StrictMode>,
  );
}

void start();
