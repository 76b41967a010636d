import { randomBytes } from 'node:crypto';
import type { LoginResponse } from '../../../shared/api/schemas';
import type { Result } from '../../../shared/ipc/contract';
import { normaliseServerUrl, type ApiClient } from '../api-client';
import { claimFor } from '../local-store/cache-updates';
import type { StoredServer } from '../local-store/state-schema';
import { findServer, type HandlerContext } from './context';
import { announceServers, makeActive, moveOffSignedOut } from './entries';

/** The server's session token, or null when signed out, expired, or not decryptable on this device. */
export function sessionToken(context: HandlerContext, server: StoredServer): string | null {
  if (!server.token || Date.parse(server.token.expiresAt) <= Date.now()) return null;
  try {
    return context.secrets.decrypt(server.token.sealed);
  } catch (error) {
    context.log(`Branchline could not unlock the saved session for ${server.url} (${String(error)}); sign in again.`);
    return null;
  }
}

/**
 * Ends this device's session with a server (token and user both go), whether the person signed
 * out or the server stopped accepting the token, and tells the windows.
 */
export async function forgetSession(context: HandlerContext, serverId: string): Promise<void> {
  await context.store.state.update((state) => {
    const found = state.servers.find((candidate) => candidate.id === serverId);
    if (found) {
      found.token = null;
      found.user = null;
      found.serverAdmin = false;
    }
  });
  await moveOffSignedOut(context, serverId);
  announceServers(context);
}

/** A server's 'unauthorized' answer to a request made with our token means the session is over. */
export async function forgetIfRefused<T>(
  context: HandlerContext,
  serverId: string,
  answer: Result<T>,
): Promise<Result<T>> {
  if (!answer.ok && answer.error === 'unauthorized') await forgetSession(context, serverId);
  return answer;
}

export type Session = { server: StoredServer; api: ApiClient; token: string };

/**
 * Runs one signed-in request to a server. No entry is `not_found`, no usable session is
 * `unauthorized` (nothing is sent); a refused session is forgotten on this device.
 */
export async function withSession<T>(
  context: HandlerContext,
  serverId: string,
  call: (session: Session) => Promise<Result<T>>,
): Promise<Result<T>> {
  const server = findServer(context, serverId);
  if (!server) return { ok: false, error: 'not_found' };
  const token = sessionToken(context, server);
  if (!token || !server.user) return { ok: false, error: 'unauthorized' };
  const answer = await call({ server, api: context.api(server.url), token });
  if (answer.ok || answer.error !== 'unreachable') context.serverAnswered?.(serverId);
  return forgetIfRefused(context, serverId, answer);
}

/**
 * Keeps a new session (sign-in or sign-up): the entry with the same URL is reused, else one is
 * added; the token is sealed, and the server becomes the one shown.
 */
export async function storeSession(
  context: HandlerContext,
  serverUrl: string,
  login: LoginResponse,
): Promise<StoredServer> {
  const url = normaliseServerUrl(serverUrl);
  const { token, expiresAt, user, organisation, serverAdmin } = login;
  const sealed = context.secrets.encrypt(token);
  let id = context.store.state.get().servers.find((server) => normaliseServerUrl(server.url) === url)?.id;
  await context.store.state.update((state) => {
    let server = state.servers.find((candidate) => candidate.id === id);
    if (!server) {
      id = `server-${randomBytes(6).toString('hex')}`;
      server = {
        id,
        url,
        isDefault: false,
        organisation: null,
        user: null,
        serverAdmin: false,
        token: null,
        earlierUrls: [],
      };
      state.servers.push(server);
    }
    Object.assign(server, { user, organisation, serverAdmin, token: { sealed, expiresAt } });
  });
  const cache = await context.store.caches.open(id!);
  await cache.update((draft) => claimFor(draft, user.id));
  await makeActive(context, id!);
  announceServers(context);
  // Signed in (again): changes this person left waiting there can go now.
  context.serverAnswered?.(id!);
  return findServer(context, id!)!;
}
