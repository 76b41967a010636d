import type { LocalStore } from '../local-store';
import type { StoredServer } from '../local-store/state-schema';
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
  /** Called when the person stops looking at a server, so what they saw there counts as seen. */
  leftServer?: (serverId: string) => void;
  /** Called whenever a server has answered a signed-in request: it is reachable again. */
  serverAnswered?: (serverId: string) => void;
};

export function findServer(context: HandlerContext, serverId: string): StoredServer | undefined {
  return context.store.state.get().servers.find((server) => server.id === serverId);
}
