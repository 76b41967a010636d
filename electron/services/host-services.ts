import type { StoreProblem } from '../../shared/ipc/contract';
import { startActivityPoller } from './activity-poller';
import { createApiClient } from './api-client';
import { applyDefaultServer, type DefaultServerConfig } from './default-server';
import type { HostEmitter } from './events';
import { createHostHandlers } from './handlers';
import type { HandlerContext } from './handlers/context';
import { openLocalStore } from './local-store';
import { refreshAccounts } from './refresh-accounts';
import type { SecretBox } from './secret-box';

export type HostServicesOptions = {
  host: 'electron' | 'web';
  version: string;
  /** The local store's folder (`branchline.json`, `servers/…`). */
  dataDir: string;
  secrets: SecretBox | ((dataDir: string) => Promise<SecretBox>);
  emit: HostEmitter;
  openExternal: (url: string) => Promise<void>;
  defaultServer?: DefaultServerConfig;
  log?: (message: string) => void;
  coalesceMs?: number;
  /** How often servers not on screen are asked for new activity (default 20 s). */
  activityPollMs?: number;
};

/** The host-independent half of each host: local store, handlers, the default server and the activity poller. */
export async function startHostServices(options: HostServicesOptions) {
  const log = options.log ?? ((message: string) => console.warn(message));
  const onProblem = (problem: StoreProblem) => options.emit('store:problem', problem);
  const store = await openLocalStore({ dataDir: options.dataDir, onProblem, log, coalesceMs: options.coalesceMs });
  const secrets = typeof options.secrets === 'function' ? await options.secrets(options.dataDir) : options.secrets;
  const context: HandlerContext = {
    host: options.host,
    version: options.version,
    store,
    secrets,
    emit: options.emit,
    api: (url) => createApiClient(url),
    openExternal: options.openExternal,
    log,
  };
  if (options.defaultServer) await applyDefaultServer(context, options.defaultServer);
  // In the background: the window opens at once, even with every server out of reach.
  const accountsChecked = refreshAccounts(context);
  const poller = startActivityPoller(context, { intervalMs: options.activityPollMs });
  context.leftServer = (serverId) => poller.left(serverId);
  return {
    handlers: createHostHandlers(context),
    store,
    /** Resolves once the start-up check of each signed-in server's session is done. */
    accountsChecked,
    /** Checks every signed-in server not on screen for new activity now, instead of at the next tick. */
    pollActivity: () => poller.pollNow(),
    /** Stops polling and writes everything still in memory; call before the process ends. */
    async close(): Promise<void> {
      await accountsChecked;
      await poller.stop();
      await store.flush();
    },
  };
}

export type HostServices = Awaited<ReturnType<typeof startHostServices>>;
