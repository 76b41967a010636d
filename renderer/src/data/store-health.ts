import { useQuery, useQueryClient } from '@tanstack/react-query';
import type { StoreHealth } from '../../../shared/ipc/contract';
import { host } from './host';
import { keys } from './keys';

/**
 * The device store's health: asked for once (damage found while the host started, before
 * this window listened), then kept current by 'store:health' (followHostEvents).
 */
export function useStoreHealth(): { health: StoreHealth | null; dismissDamage: () => Promise<void> } {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: keys.storeHealth(),
    // An event that arrived first is newer than this answer.
    queryFn: async () => client.getQueryData<StoreHealth>(keys.storeHealth()) ?? (await host().store.health()),
    staleTime: Infinity,
  });
  return {
    health: query.data ?? null,
    dismissDamage: async () => void client.setQueryData(keys.storeHealth(), await host().store.dismissDamage()),
  };
}
