import type { ErrorCode } from '../../../shared/api/schemas';
import type { OutboxEntry } from '../../../shared/ipc/contract';
import type { HandlerContext } from '../handlers/context';
import { withSession } from '../handlers/session';
import { kindOf } from './change-kinds';

/**
 * What became of one sending: `delivered` (with what the server made, or null when it had made
 * the change before but what it made cannot be read back), `refused` for good, or `not-now`
 * (no network, no session, or the server busy): sent again later.
 */
export type Delivery<Made = unknown> =
  | { kind: 'delivered'; made: Made | null }
  | { kind: 'refused'; error: ErrorCode }
  | { kind: 'not-now'; error: ErrorCode };

const NOT_NOW: ReadonlySet<ErrorCode> = new Set([
  'unreachable',
  'unauthorized',
  'request_in_progress',
  'rate_limited',
  'internal',
]);

/** Sends one outbox entry, of any kind, with its key, and keeps what the server answered on the device. */
export async function deliver(context: HandlerContext, serverId: string, entry: OutboxEntry): Promise<Delivery> {
  const kind = kindOf(entry.change);
  const answer = await withSession(context, serverId, (session) => kind.send(session, entry.change, entry.id, context));
  if (answer.ok) return { kind: 'delivered', made: await kind.keep(context, serverId, answer.value) };
  // Made the first time, but its answer was lost: what it made is read back.
  if (answer.error === 'already_done')
    return { kind: 'delivered', made: await kind.recover(context, serverId, entry.change) };
  if (NOT_NOW.has(answer.error)) return { kind: 'not-now', error: answer.error };
  await kind.undoOnDevice?.(context, serverId, entry.change);
  return { kind: 'refused', error: answer.error };
}
