import { useEffect, useState } from 'react';
import type { StoreHealth } from '../../../shared/ipc/contract';

/**
 * The device store's health: asked for once (damage found while the host started, before
 * this window listened) and then followed through 'store:health'.
 */
export function useStoreHealth(): { health: StoreHealth | null; dismissDamage: () => Promise<void> } {
  const api = window.branchline;
  const [health, setHealth] = useState<StoreHealth | null>(null);
  useEffect(() => {
    let live = true;
    const stop = api.on('store:health', setHealth);
    // An event that arrived first is newer than this answer.
    void api.store.health().then((answer) => live && setHealth((current) => current ?? answer));
    return () => {
      live = false;
      stop();
    };
  }, [api]);
  return { health, dismissDamage: async () => setHealth(await api.store.dismissDamage()) };
}
