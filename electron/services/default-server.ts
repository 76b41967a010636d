import { normaliseServerUrl } from './api-client';
import type { HandlerContext } from './handlers/context';
import { announceServers } from './handlers/entries';
import { signIn } from './handlers/servers';

export const DEFAULT_SERVER_ID = 'local';

export type DefaultServerConfig = { url: string; demoAccount?: { email: string; password: string } };

/**
 * Points the default entry at the server's current URL (the embedded server gets a new port
 * each launch; its data, and so the session, stay valid). The demo account is signed in
 * once per device, so a fresh install opens signed in (and shows that server) and an
 * explicit sign-out sticks. Until the person picks a server, the window shows a signed-in
 * one, else this one.
 */
export async function applyDefaultServer(context: HandlerContext, config: DefaultServerConfig): Promise<void> {
  const url = normaliseServerUrl(config.url);
  await context.store.state.update((state) => {
    for (const server of state.servers) server.isDefault = server.id === DEFAULT_SERVER_ID;
    const existing = state.servers.find((server) => server.id === DEFAULT_SERVER_ID);
    if (existing) existing.url = url;
    else
      state.servers.unshift({
        id: DEFAULT_SERVER_ID,
        url,
        isDefault: true,
        organisation: null,
        user: null,
        serverAdmin: false,
        token: null,
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
