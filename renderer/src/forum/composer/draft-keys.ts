import { DraftKey } from '../../../../shared/ipc/forum-changes';

/** Where a composer keeps its draft on the device (shared/ipc/forum-changes.ts DraftKey). */
export type DraftTarget = { reply: string } | { newThread: string } | { edit: string };

export function draftKey(target: DraftTarget): DraftKey {
  const key =
    'reply' in target
      ? `reply:${target.reply}`
      : 'newThread' in target
        ? `new-thread:${target.newThread}`
        : `edit:${target.edit}`;
  return DraftKey.parse(key);
}

const ID_ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789_-';

/**
 * A new id for a thread or post this device creates (8–32 safe characters; 20 here, 120 bits):
 * the client chooses it, so a reply can point at a thread that has not reached the server yet.
 */
export function newForumId(): string {
  const bytes = crypto.getRandomValues(new Uint8Array(20));
  return Array.from(bytes, (byte) => ID_ALPHABET[byte & 63]).join('');
}
