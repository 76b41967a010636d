import type { ServerCacheData } from '../local-store/server-cache';
import type { HandlerContext } from './context';

/** Applies a change to one server's offline copy (opened on first use). */
export async function updateCache(
  context: HandlerContext,
  serverId: string,
  change: (draft: ServerCacheData) => void,
): Promise<void> {
  const cache = await context.store.caches.open(serverId);
  await cache.update(change);
}

/** One server's offline copy as this device last saw it. */
export async function readCache(context: HandlerContext, serverId: string): Promise<ServerCacheData> {
  return (await context.store.caches.open(serverId)).get();
}
