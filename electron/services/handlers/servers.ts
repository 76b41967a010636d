import { syncBaseUrl } from '../../../shared/protocol';
import type { MeResponse } from '../../../shared/api/schemas';
import type { HostHandlers, Result, ServerEntry } from '../../../shared/ipc/contract';
import { normaliseServerUrl } from '../api-client';
import { putSpace } from '../local-store/cache-updates';
import { findServer, type HandlerContext } from './context';
import { announceServers, makeActive, serverEntries, toEntry } from './entries';
import { forgetSession, sessionToken, storeSession, withSession } from './session';

/** Signs in to a server; the entry with the same URL is reused, else a new one is added. */
export async function signIn(
  context: HandlerContext,
  input: { url: string; email: string; password: string },
): Promise<Result<ServerEntry>> {
  const url = normaliseServerUrl(input.url);
  const answer = await context.api(url).login(input.email, input.password);
  if (!answer.ok) return answer;
  return { ok: true, value: toEntry(context, await storeSession(context, url, answer.value)) };
}

async function signUp(
  context: HandlerContext,
  input: { url: string; code: string; email: string; name: string; password: string },
): Promise<Result<ServerEntry>> {
  const url = normaliseServerUrl(input.url);
  const answer = await context
    .api(url)
    .signUp(input.code, { email: input.email, name: input.name, password: input.password });
  if (!answer.ok) return answer;
  const server = await storeSession(context, url, answer.value);
  const cache = await context.store.caches.open(server.id);
  await cache.update((draft) => putSpace(draft, answer.value.space));
  return { ok: true, value: toEntry(context, server) };
}

/** Keeps the entry in step with what the server says about the person now. */
export async function rememberMe(context: HandlerContext, serverId: string, me: MeResponse): Promise<void> {
  const before = JSON.stringify(findServer(context, serverId));
  await context.store.state.update((state) => {
    const server = state.servers.find((candidate) => candidate.id === serverId);
    if (server) Object.assign(server, { user: me.user, organisation: me.organisation, serverAdmin: me.serverAdmin });
  });
  if (JSON.stringify(findServer(context, serverId)) !== before) announceServers(context);
}

export function serversHandlers(context: HandlerContext): HostHandlers['servers'] {
  return {
    list: async () => serverEntries(context),
    signIn: (input) => signIn(context, input),
    signUp: (input) => signUp(context, input),
    async signOut({ serverId }) {
      const server = findServer(context, serverId);
      if (!server) return;
      const token = sessionToken(context, server);
      await forgetSession(context, serverId);
      // Ending the session on the server is a courtesy; signing out works offline too.
      if (token) void context.api(server.url).logout(token);
    },
    async activate({ serverId }) {
      if (findServer(context, serverId)) {
        await makeActive(context, serverId);
        announceServers(context);
      }
      return serverEntries(context);
    },
    async verify({ serverId }) {
      const answer = await withSession(context, serverId, ({ api, token }) => api.me(token));
      if (!answer.ok) return answer;
      await rememberMe(context, serverId, answer.value);
      return { ok: true, value: toEntry(context, findServer(context, serverId)!) };
    },
    async connection({ serverId }) {
      const server = findServer(context, serverId);
      if (!server) return { ok: false, error: 'not_found' };
      const token = sessionToken(context, server);
      if (!token || !server.user) return { ok: false, error: 'unauthorized' };
      return { ok: true, value: { syncUrl: syncBaseUrl(server.url), token, user: server.user } };
    },
  };
}
