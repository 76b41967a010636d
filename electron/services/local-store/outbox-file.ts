import { z } from 'zod';
import { OutboxEntry } from '../../../shared/ipc/contract';
import { createPerServerFiles, perServerFile } from './per-server-files';
import type { StoreHealthTracker } from './store-health';

/** What `servers/<serverId>/outbox.json` holds: changes made on this device that wait for that server, oldest first. */
export const OutboxData = z.object({ version: z.literal(1), entries: z.array(OutboxEntry) });
export type OutboxData = z.infer<typeof OutboxData>;

const emptyOutbox = (): OutboxData => ({ version: 1, entries: [] });

export function outboxFile(root: string, serverId: string): string {
  return perServerFile(root, serverId, 'outbox.json');
}

export type OutboxFilesOptions = { root: string; health: StoreHealthTracker; log: (message: string) => void };

export function createOutboxFiles(options: OutboxFilesOptions) {
  return createPerServerFiles({
    ...options,
    name: 'outbox.json',
    schema: OutboxData,
    defaults: emptyOutbox,
    what: 'outbox',
    // Set aside, never overwritten: what waited in it is still there for support to recover.
    fallback: (serverId) => `this device's outbox for server ${serverId} starts empty`,
  });
}
