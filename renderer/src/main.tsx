import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { App } from './app/App';
import { keys } from './data/keys';
import { createQueryClient } from './data/query-client';
import { initI18n } from './i18n';
import { resolveLocale } from './i18n/locale';
import './styles/base.css';
import './styles/forms.css';
import './styles/workspace.css';
import './styles/menus.css';
import './styles/quick-find.css';
import './styles/lists.css';
import './styles/tables.css';
import './styles/dialogs.css';
import './styles/status.css';
import './styles/outbox.css';
import './styles/library.css';
import './styles/forum.css';
import './styles/forum-thread.css';
import './styles/forum-extras.css';
import './editor/editor.css';

async function start(): Promise<void> {
  const api = window.branchline;
  const [settings, servers] = await Promise.all([api.settings.get(), api.servers.list()]);
  await initI18n(resolveLocale(settings.locale, navigator.languages));
  const queryClient = createQueryClient();
  queryClient.setQueryData(keys.settings(), settings);
  createRoot(document.getElementById('root')!).render(
    <StrictMode>
      <App queryClient={queryClient} initialServers={servers} />
    </StrictMode>,
  );
}

void start();
