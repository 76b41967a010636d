import { useQueryClient } from '@tanstack/react-query';
import { useEffect } from 'react';
import { host } from './host';
import { keys } from './keys';
import { outboxArrived } from './outbox';

/** Keeps what the window has cached in step with what the host says changed. Mounted once, at the root. */
export function useFollowHostEvents(): void {
  const client = useQueryClient();
  useEffect(() => {
    const api = host();
    const stops = [
      api.on('outbox:changed', (outbox) => outboxArrived(client, outbox)),
      api.on('store:health', (health) => client.setQueryData(keys.storeHealth(), health)),
    ];
    return () => stops.forEach((stop) => stop());
  }, [client]);
}
