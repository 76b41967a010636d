import { useMutation } from '@tanstack/react-query';
import type { ProfileUpdate } from '../../../shared/api/schemas';
import { attempt, host } from './host';
import { useServers } from './servers';

/** Changes one's own profile on a server; the server's entry (and so every screen) follows. */
export function useUpdateProfile(serverId: string) {
  const { apply } = useServers();
  return useMutation({
    mutationFn: (changes: ProfileUpdate) => attempt(() => host().profile.update({ serverId, changes })),
    onSuccess: async (result) => result.ok && apply(await host().servers.list()),
  });
}
