import type { OutboxChange, Result } from '../../../shared/ipc/contract';
import type { HandlerContext } from '../handlers/context';
import type { Session } from '../handlers/session';

/**
 * What the outbox knows of one kind of change (shared/ipc/outbox.ts `OutboxChange`): how it is
 * sent, kept on the device, and recovered. The outbox itself is the same for every kind: it
 * keeps each change on disk before it is first sent, sends one at a time in order with the
 * change's own key, retries what the network lost, and keeps what the server refused.
 *
 * `Answer` is the server's answer to the change; `Made` is what the person is told it made.
 */
export interface ChangeKind<Change extends OutboxChange, Answer, Made> {
  /** Shows the change on the device at once, before the server has it (so it shows offline). */
  showOnDevice?(context: HandlerContext, serverId: string, change: Change): Promise<void>;
  /** Sends the change once, with `key` as its Idempotency-Key (`context` for kinds that read the device's store). */
  send(session: Session, change: Change, key: string, context?: HandlerContext): Promise<Result<Answer>>;
  /** Keeps the server's answer in the device's offline copy; returns what was made. */
  keep(context: HandlerContext, serverId: string, answer: Answer): Promise<Made>;
  /**
   * The server had made this change already (`already_done`) but its first answer was lost:
   * reads back what it made into the device's copy. Null when that cannot be told apart (a
   * new document's id came only in the lost answer), or cannot be read now.
   */
  recover(context: HandlerContext, serverId: string, change: Change): Promise<Made | null>;
  /** Refused for good: whatever `showOnDevice` showed goes back to what the server holds. */
  undoOnDevice?(context: HandlerContext, serverId: string, change: Change): Promise<void>;
}
