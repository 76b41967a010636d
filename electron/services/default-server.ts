import { normaliseServerUrl } from './api-client';
import type { HandlerContext } from './handlers/context';
import { announceServers } from './handlers/entries';
import { signIn } from './handlers/servers';
import { MAX_EARLIER_URLS, type StoredServer } from './local-store/state-schema';

export const DEFAULT_SERVER_ID = 'local';

export type DefaultServerConfig = { url: string; demoAccount?: { email: string; password: string } };

/**
 * Points the default entry at the server's current URL. The embedded server keeps its port
 * (./embedded-server.ts) but moves when another program has taken it; its data, and so the
 * session, stay valid, and the entry remembers where it was, so links made for an earlier
 * address still lead to it. The demo account is signed in once per device, so a fresh install
 * opens signed in (and shows that server) and an explicit sign-out sticks. Until the person
 * picks a server, the window shows a signed-in one, else this one.
 */
export async function applyDefaultServer(context: HandlerContext, config: DefaultServerConfig): Promise<void> {
  const url = normaliseServerUrl(config.url);
  await context.store.state.update((state) => {
    for (const server of state.servers) server.isDefault = server.id === DEFAULT_SERVER_ID;
    const existing = state.servers.find((server) => server.id === DEFAULT_SERVER_ID);
    if (existing) moveEntry(existing, url);
    else
      state.servers.unshift({
        id: DEFAULT_SERVER_ID,
        url,
        isDefault: true,
        organisation: null,
        user: null,
        serverAdmin: false,
        token: null,
        earlierUrls: [],
      });
    state.activeServerId ??= state.servers.find((server) => server.user)?.id ?? DEFAULT_SERVER_ID;
  });
  await context.store.caches.open(DEFAULT_SERVER_ID);
  announceServers(context);
  const demo = config.demoAccount;
  if (!demo || context.store.state.get().demoSignedIn.includes(DEFAULT_SERVER_ID)) return;
  const answer = await signIn(context, { url, email: demo.email, password: demo.password });
  if (!answer.ok) {
    context.log(`Could not sign in to the demo account on ${url} (${answer.error}); sign in from the app instead.`);
    return;
  }
  await context.store.state.update((state) => {
    state.demoSignedIn.push(DEFAULT_SERVER_ID);
  });
}

/** The entry's address becomes `url`; the one it had goes first in its earlier addresses. */
function moveEntry(server: StoredServer, url: string): void {
  if (server.url === url) return;
  const earlier = [server.url, ...server.earlierUrls].filter((candidate) => candidate !== url);
  server.earlierUrls = [...new Set(earlier)].slice(0, MAX_EARLIER_URLS);
  server.url = url;
}
