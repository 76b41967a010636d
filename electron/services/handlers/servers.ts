import { randomBytes } from 'node:crypto';
import { syncBaseUrl } from '../../../shared/protocol';
import type { HostHandlers, Result, ServerEntry } from '../../../shared/ipc/contract';
import { normaliseServerUrl } from '../api-client';
import { announceServers, findServer, forgetIfRefused, forgetSession, sessionToken, toEntry, type HandlerContext } from './context';

/** Signs in to a server; the entry with the same URL is reused, else a new one is added. */
export async function signIn(context: HandlerContext, input: { url: string; email: string; password: string }): Promise<Result<ServerEntry>> {
  const url = normaliseServerUrl(input.url);
  const answer = await context.api(url).login(input.email, input.password);
  if (!answer.ok) return answer;
  const { token, expiresAt, user, organisation } = answer.value;
  const sealed = context.secrets.encrypt(token);
  let id = context.store.state.get().servers.find((server) => normaliseServerUrl(server.url) === url)?.id;
  await context.store.state.update((state) => {
    let server = state.servers.find((candidate) => candidate.id === id);
    if (!server) {
      id = `server-${randomBytes(6).toString('hex')}`;
      server = { id, url, isDefault: false, organisation: null, user: null, token: null };
      state.servers.push(server);
    }
    Object.assign(server, { user, organisation, token: { sealed, expiresAt } });
  });
  announceServers(context);
  return { ok: true, value: toEntry(findServer(context, id!)!) };
}

export function serversHandlers(context: HandlerContext): HostHandlers['servers'] {
  return {
    list: async () => context.store.state.get().servers.map(toEntry),
    signIn: (input) => signIn(context, input),
    async signOut({ serverId }) {
      const server = findServer(context, serverId);
      if (!server) return;
      const token = sessionToken(context, server);
      await forgetSession(context, serverId);
      // Ending the session on the server is a courtesy; signing out works offline too.
      if (token) void context.api(server.url).logout(token);
    },
    async verify({ serverId }) {
      const server = findServer(context, serverId);
      if (!server) return { ok: false, error: 'not_found' };
      const token = sessionToken(context, server);
      if (!token) return { ok: false, error: 'unauthorized' };
      const answer = await forgetIfRefused(context, serverId, await context.api(server.url).me(token));
      return answer.ok ? { ok: true, value: toEntry(findServer(context, serverId)!) } : answer;
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
