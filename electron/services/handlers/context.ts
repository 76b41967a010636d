import type { LocalStore } from '../local-store';
import type { StoredServer } from '../local-store/state-schema';
import type { Result, ServerEntry } from '../../../shared/ipc/contract';
import type { ApiClient } from '../api-client';
import type { HostEmitter } from '../events';
import type { SecretBox } from '../secret-box';

/** What every namespace's handlers share; built once per host. */
export type HandlerContext = {
  host: 'electron' | 'web';
  version: string;
  store: LocalStore;
  secrets: SecretBox;
  emit: HostEmitter;
  api: (serverUrl: string) => ApiClient;
  openExternal: (url: string) => Promise<void>;
  log: (message: string) => void;
};

export function toEntry(server: StoredServer): ServerEntry {
  return { id: server.id, url: server.url, isDefault: server.isDefault, organisation: server.organisation, user: server.user };
}

export function findServer(context: HandlerContext, serverId: string): StoredServer | undefined {
  return context.store.state.get().servers.find((server) => server.id === serverId);
}

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
    }
  });
  announceServers(context);
}

/** A server's 'unauthorized' answer to a request made with our token means the session is over. */
export async function forgetIfRefused<T>(context: HandlerContext, serverId: string, answer: Result<T>): Promise<Result<T>> {
  if (!answer.ok && answer.error === 'unauthorized') await forgetSession(context, serverId);
  return answer;
}

export function announceServers(context: HandlerContext): void {
  context.emit('servers:changed', context.store.state.get().servers.map(toEntry));
}
