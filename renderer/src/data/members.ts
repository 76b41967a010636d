import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { Member } from '../../../shared/api/spaces';
import type { Role } from '../../../shared/spaces/permissions';
import { attempt, failureCode, host, valueOf } from './host';
import { keys } from './keys';

/** A space's people and their roles. */
export function useMembers(serverId: string, spaceId: string) {
  const query = useQuery({
    queryKey: keys.members(serverId, spaceId),
    queryFn: () => valueOf(host().members.list({ serverId, spaceId })),
  });
  return { ...query, failure: failureCode(query.error) };
}

export function useSetRole(serverId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ userId, role }: { userId: string; role: Role }) =>
      attempt(() => host().members.setRole({ serverId, spaceId, userId, role })),
    onSuccess: (result) => {
      if (!result.ok) return;
      client.setQueryData<Member[]>(keys.members(serverId, spaceId), (list) =>
        list?.map((member) => (member.user.id === result.value.user.id ? result.value : member)),
      );
    },
  });
}

/** Removes someone; with one's own id, leaves the space. */
export function useRemoveMember(serverId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (userId: string) => attempt(() => host().members.remove({ serverId, spaceId, userId })),
    onSuccess: (result, userId) => {
      if (!result.ok) return;
      client.setQueryData<Member[]>(keys.members(serverId, spaceId), (list) =>
        list?.filter((member) => member.user.id !== userId),
      );
      void client.invalidateQueries({ queryKey: keys.spaces(serverId) });
    },
  });
}
