import { useMutation } from '@tanstack/react-query';
import type { CommentOutboxChange } from '../../../shared/ipc/contract';
import { attempt, host } from '../data/host';

/** A comment change through the outbox: `saved` at once, or `queued` (offline) and shown as waiting. */
export function useCommentChange(serverId: string) {
  const mutation = useMutation({
    mutationFn: (change: CommentOutboxChange) => attempt(() => host().comments.change({ serverId, change })),
  });
  return mutation.mutateAsync;
}
