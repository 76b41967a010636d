import type { ServerEntry } from '../../../shared/ipc/contract';
import { hasNewActivity, markActivitySeen } from '../local-store/cache-updates';
import type { StoredServer } from '../local-store/state-schema';
import type { HandlerContext } from './context';

/** A stored server as the renderer sees it: no token, plus whether it is shown and has news. */
export function toEntry(context: HandlerContext, server: StoredServer): ServerEntry {
  const isActive = context.store.state.get().activeServerId === server.id;
  const cache = context.store.caches.peek(server.id);
  const signedIn = server.user !== null;
  return {
    id: server.id,
    url: server.url,
    isDefault: server.isDefault,
    isActive,
    organisation: server.organisation,
    user: server.user,
    serverAdmin: signedIn && server.serverAdmin,
    // The server on screen has nothing unseen, and a signed-out one has nothing to show.
    hasActivity: signedIn && !isActive && cache !== null && hasNewActivity(cache),
  };
}

export function serverEntries(context: HandlerContext): ServerEntry[] {
  return context.store.state.get().servers.map((server) => toEntry(context, server));
}

export function announceServers(context: HandlerContext): void {
  context.emit('servers:changed', serverEntries(context));
}

/** Shows `serverId` in the window: its activity counts as seen, and the one left behind is told. */
export async function makeActive(context: HandlerContext, serverId: string): Promise<void> {
  const previous = context.store.state.get().activeServerId;
  await context.store.state.update((state) => {
    state.activeServerId = serverId;
  });
  const cache = await context.store.caches.open(serverId);
  await cache.update(markActivitySeen);
  if (previous && previous !== serverId) context.leftServer?.(previous);
}

/** After a session ends on the server being shown, the window moves to another one still signed in. */
export async function moveOffSignedOut(context: HandlerContext, serverId: string): Promise<void> {
  const state = context.store.state.get();
  if (state.activeServerId !== serverId) return;
  const next = state.servers.find((server) => server.id !== serverId && server.user !== null);
  if (next) await makeActive(context, next.id);
}
