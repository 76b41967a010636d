import { useMutation, useQuery, useQueryClient, type QueryClient } from '@tanstack/react-query';
import type { CreateSpaceRequest, SpaceSummary, UpdateSpaceRequest } from '../../../shared/api/spaces';
import type { SpaceList } from '../../../shared/ipc/contract';
import { attempt, failureCode, host, valueOf } from './host';
import { keys } from './keys';

/** The server's spaces: from the server when reachable, else as the device last saw them (`fromCache`). */
export function useSpaces(serverId: string) {
  const query = useQuery({
    queryKey: keys.spaces(serverId),
    queryFn: () => valueOf(host().spaces.list({ serverId })),
  });
  return { ...query, failure: failureCode(query.error) };
}

/**
 * One space, asked again when opened (a role may have changed since the list was fetched);
 * the list's copy shows meanwhile, and stands when the server cannot be reached.
 */
export function useSpace(serverId: string, spaceId: string, enabled = true) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: keys.space(serverId, spaceId),
    queryFn: () => valueOf(host().spaces.get({ serverId, spaceId })),
    placeholderData: () => listed(client, serverId, spaceId),
    enabled,
  });
  return { ...query, failure: failureCode(query.error) };
}

function listed(client: QueryClient, serverId: string, spaceId: string): SpaceSummary | undefined {
  return client.getQueryData<SpaceList>(keys.spaces(serverId))?.spaces.find((space) => space.id === spaceId);
}

/**
 * Puts a changed or new space in its own entry and in the list. The list keeps its age: one
 * space's news does not make the rest of it (or its `fromCache`) any fresher.
 */
export function rememberSpace(client: QueryClient, serverId: string, space: SpaceSummary): void {
  client.setQueryData(keys.space(serverId, space.id), space);
  const listAge = client.getQueryState(keys.spaces(serverId))?.dataUpdatedAt;
  client.setQueryData<SpaceList>(
    keys.spaces(serverId),
    (list) =>
      list
        ? {
            ...list,
            spaces: list.spaces.some((other) => other.id === space.id)
              ? list.spaces.map((other) => (other.id === space.id ? space : other))
              : [...list.spaces, space],
          }
        : list,
    { updatedAt: listAge },
  );
}

export function useCreateSpace(serverId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (space: CreateSpaceRequest) => attempt(() => host().spaces.create({ serverId, space })),
    onSuccess: (result) => result.ok && rememberSpace(client, serverId, result.value),
  });
}

export function useUpdateSpace(serverId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (changes: UpdateSpaceRequest) => attempt(() => host().spaces.update({ serverId, spaceId, changes })),
    onSuccess: (result) => result.ok && rememberSpace(client, serverId, result.value),
  });
}
