import { useMutation, useQuery, useQueryClient } from '@tanstack/react-query';
import type { CreateInviteRequest, Invite } from '../../../shared/api/spaces';
import { attempt, failureCode, host, valueOf } from './host';
import { keys } from './keys';
import { rememberSpace } from './spaces';

/** A space's invites that still work (for its admins). */
export function useInvites(serverId: string, spaceId: string) {
  const query = useQuery({
    queryKey: keys.invites(serverId, spaceId),
    queryFn: () => valueOf(host().invites.list({ serverId, spaceId })),
  });
  return { ...query, failure: failureCode(query.error) };
}

export function useCreateInvite(serverId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (invite: CreateInviteRequest) => attempt(() => host().invites.create({ serverId, spaceId, invite })),
    onSuccess: (result) => {
      if (!result.ok) return;
      client.setQueryData<Invite[]>(keys.invites(serverId, spaceId), (list) => [result.value.invite, ...(list ?? [])]);
    },
  });
}

export function useRevokeInvite(serverId: string, spaceId: string) {
  const client = useQueryClient();
  return useMutation({
    mutationFn: (inviteId: string) => attempt(() => host().invites.revoke({ serverId, spaceId, inviteId })),
    onSuccess: (result, inviteId) => {
      if (!result.ok) return;
      client.setQueryData<Invite[]>(keys.invites(serverId, spaceId), (list) =>
        list?.filter((invite) => invite.id !== inviteId),
      );
    },
  });
}

/** Joins an invite's space on a server one is signed in to; the space joins the lists. */
export function useAcceptInvite() {
  const client = useQueryClient();
  return useMutation({
    mutationFn: ({ serverId, code }: { serverId: string; code: string }) =>
      attempt(() => host().invites.accept({ serverId, code })),
    onSuccess: (result, { serverId }) => result.ok && rememberSpace(client, serverId, result.value),
  });
}

/** What a pasted invite (a link, or a bare code for `serverId`) is for. */
export function usePreviewInvite() {
  return useMutation({
    mutationFn: (input: { invite: string; serverId?: string }) => attempt(() => host().invites.preview(input)),
  });
}
