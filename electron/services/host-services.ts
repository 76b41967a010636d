import { startActivityPoller } from './activity-poller';
import { createApiClient } from './api-client';
import { applyDefaultServer, type DefaultServerConfig } from './default-server';
import type { HostEmitter } from './events';
import { createHostHandlers } from './handlers';
import type { DocumentFilesDeps } from './handlers/document-files';
import type { HandlerContext } from './handlers/context';
import { openLocalStore, type DurableWrite } from './local-store';
import { createOutbox, type OutboxOptions } from './outbox/outbox';
import type { StoreHealthTracker } from './local-store/store-health';
import { refreshAccounts } from './refresh-accounts';
import { startSearchHost, type SearchHostOptions } from './search/search-host';
import type { SecretBox } from './secret-box';
import { openPersonalDictionary } from './spelling/personal-dictionary';
import { startSpellingHost } from './spelling/spelling-host';

export type HostServicesOptions = {
  host: 'electron' | 'web';
  version: string;
  /** The local store's folder (`branchline.json`, `servers/…`). */
  dataDir: string;
  secrets: SecretBox | ((dataDir: string, health: StoreHealthTracker) => Promise<SecretBox>);
  emit: HostEmitter;
  openExternal: (url: string) => Promise<void>;
  defaultServer?: DefaultServerConfig;
  log?: (message: string) => void;
  coalesceMs?: number;
  /** How often a failing write is tried again (default 2 s). */
  retryMs?: number;
  /** Told after every room-log fsync, to measure the write interval. */
  onDurable?: (write: DurableWrite) => void;
  /** How often servers not on screen are asked for new activity (default 20 s). */
  activityPollMs?: number;
  /** How soon a change the outbox could not send is tried again. */
  outbox?: OutboxOptions;
  /** Quick find's timings (tests shorten them). */
  search?: Pick<SearchHostOptions, 'settleMs' | 'queryTimeoutMs'>;
  /** Export's PDF printer and image access (handlers/document-files.ts); Chromium and no images when left out. */
  documentFiles?: DocumentFilesDeps;
};

/** The host-independent half of each host: local store, handlers, the default server and the activity poller. */
export async function startHostServices(options: HostServicesOptions) {
  const log = options.log ?? ((message: string) => console.warn(message));
  const store = await openLocalStore({
    dataDir: options.dataDir,
    onHealth: (health) => options.emit('store:health', health),
    log,
    coalesceMs: options.coalesceMs,
    retryMs: options.retryMs,
    onDurable: options.onDurable,
  });
  const secrets =
    typeof options.secrets === 'function' ? await options.secrets(options.dataDir, store.health) : options.secrets;
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
  const search = startSearchHost({
    root: options.dataDir,
    log,
    cacheOf: (serverId) => store.caches.peek(serverId),
    serverIds: () => store.state.get().servers.map((server) => server.id),
    ...options.search,
  });
  store.caches.onChange((serverId) => search.cacheChanged(serverId));
  const personal = await openPersonalDictionary({ dataDir: options.dataDir, health: store.health, log });
  const spelling = startSpellingHost({ personal, log });
  const outbox = createOutbox(context, options.outbox);
  context.serverAnswered = (serverId) => outbox.wake(serverId);
  if (options.defaultServer) await applyDefaultServer(context, options.defaultServer);
  // In the background: the window opens at once, even with every server out of reach.
  const accountsChecked = refreshAccounts(context);
  const poller = startActivityPoller(context, { intervalMs: options.activityPollMs });
  context.leftServer = (serverId) => poller.left(serverId);
  outbox.start();
  return {
    handlers: createHostHandlers(context, outbox, search, { host: spelling, personal }, options.documentFiles),
    store,
    search,
    spelling,
    /** Resolves once the start-up check of each signed-in server's session is done. */
    accountsChecked,
    /** Checks every signed-in server not on screen for new activity now, instead of at the next tick. */
    pollActivity: () => poller.pollNow(),
    /** Stops polling and writes everything still in memory; call before the process ends. */
    async close(): Promise<void> {
      await accountsChecked;
      await Promise.all([poller.stop(), outbox.stop(), search.close(), spelling.close()]);
      await store.close();
    },
  };
}

export type HostServices = Awaited<ReturnType<typeof startHostServices>>;
