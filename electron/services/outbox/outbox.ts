import { randomBytes } from 'node:crypto';
import type { ChangeResult, OutboxChange, OutboxEntry, Result, ServerOutbox } from '../../../shared/ipc/contract';
import { findServer, type HandlerContext } from '../handlers/context';
import { kindOf, type MadeBy } from './change-kinds';
import { deliver, type Delivery } from './deliver';

export type OutboxOptions = {
  /** The wait before sending again after a failed try; it doubles each time up to `maxRetryMs`. */
  firstRetryMs?: number;
  maxRetryMs?: number;
};

type Sender = { running: Promise<void> | null; again: boolean; timer: NodeJS.Timeout | null; delayMs: number };

/**
 * The device's outbox: every change (of any kind in change-kinds.ts) is written here before it is first sent, and
 * each server's changes are sent one at a time, oldest first, each with its own key (its
 * id), until the server has taken it or refused it. A change the network lost half way is
 * sent again with the same key, so the server makes it once. Only the person who made a
 * change sends it: someone else signed in on this device sees and sends their own.
 */
export function createOutbox(context: HandlerContext, options: OutboxOptions = {}) {
  const firstRetryMs = options.firstRetryMs ?? 1_000;
  const maxRetryMs = options.maxRetryMs ?? 30_000;
  const senders = new Map<string, Sender>();
  // Changes whose maker waits for the first sending, and what became of it.
  const awaited = new Map<string, Delivery | null>();
  let stopped = false;

  const file = (serverId: string) => context.store.outboxes.open(serverId);

  function ownEntries(serverId: string): OutboxEntry[] {
    const userId = findServer(context, serverId)?.user?.id;
    return (context.store.outboxes.peek(serverId)?.entries ?? []).filter((entry) => entry.userId === userId);
  }

  const snapshot = (serverId: string): ServerOutbox => ({ serverId, entries: ownEntries(serverId) });
  const announce = (serverId: string) => context.emit('outbox:changed', snapshot(serverId));

  function senderFor(serverId: string): Sender {
    let sender = senders.get(serverId);
    if (!sender) senders.set(serverId, (sender = { running: null, again: false, timer: null, delayMs: firstRetryMs }));
    return sender;
  }

  /**
   * Writes what became of one try, in one write: delivered (it goes), refused (it stays, with
   * why, unless its maker waits to be told), or not now (one more try, and when).
   */
  async function settle(serverId: string, entry: OutboxEntry, delivery: Delivery): Promise<void> {
    const waiting = awaited.has(entry.id);
    if (waiting) awaited.set(entry.id, delivery);
    await (
      await file(serverId)
    ).update((draft) => {
      const at = draft.entries.findIndex((candidate) => candidate.id === entry.id);
      if (at < 0) return;
      if (delivery.kind === 'delivered' || (delivery.kind === 'refused' && waiting)) {
        draft.entries.splice(at, 1);
        return;
      }
      const tried = draft.entries[at]!;
      tried.attempts += 1;
      tried.lastTriedAt = new Date().toISOString();
      if (delivery.kind === 'refused') Object.assign(tried, { state: 'refused', refusal: delivery.error });
    });
  }

  /** One round: sends waiting changes in order until none is left or one cannot be sent now. */
  async function sendWaiting(serverId: string, sender: Sender): Promise<'done' | 'not-now'> {
    for (;;) {
      const next = ownEntries(serverId).find((entry) => entry.state === 'waiting');
      if (!next || stopped) return 'done';
      const delivery = await deliver(context, serverId, next);
      await settle(serverId, next, delivery);
      if (delivery.kind === 'not-now') {
        const delayMs = sender.delayMs;
        sender.delayMs = Math.min(maxRetryMs, sender.delayMs * 2);
        if (!stopped) sender.timer = setTimeout(() => void send(serverId), delayMs).unref();
        return 'not-now';
      }
      sender.delayMs = firstRetryMs;
      if (!awaited.has(next.id)) announce(serverId);
    }
  }

  /** Sends what waits for `serverId` now; resolves when this round (and any asked for meanwhile) is over. */
  function send(serverId: string): Promise<void> {
    const sender = senderFor(serverId);
    if (sender.timer) clearTimeout(sender.timer);
    sender.timer = null;
    if (sender.running) {
      sender.again = true;
      return sender.running;
    }
    sender.running = (async () => {
      let outcome: 'done' | 'not-now';
      do {
        sender.again = false;
        outcome = await sendWaiting(serverId, sender).catch((error: unknown) => {
          context.log(`Branchline could not send the outbox for server ${serverId}: ${String(error)}`);
          return 'not-now' as const;
        });
        // After a failed try the retry timer is set; a change queued meanwhile goes with it.
      } while (sender.again && outcome === 'done' && !stopped);
    })().finally(() => {
      sender.running = null;
    });
    return sender.running;
  }

  return {
    /** Keeps the change on disk, then tries to send it (after any older ones). */
    async submit<C extends OutboxChange>(
      serverId: string,
      change: C,
    ): Promise<Result<ChangeResult<MadeBy<C['kind']>>>> {
      const server = findServer(context, serverId);
      if (!server) return { ok: false, error: 'not_found' };
      const userId = server.user?.id;
      if (!userId) return { ok: false, error: 'unauthorized' };
      const entry: OutboxEntry = {
        id: randomBytes(16).toString('base64url'),
        userId,
        change,
        queuedAt: new Date().toISOString(),
        state: 'waiting',
        refusal: null,
        attempts: 0,
        lastTriedAt: null,
      };
      // Before it is written: a round under way may take it up at once.
      awaited.set(entry.id, null);
      await (await file(serverId)).update((draft) => void draft.entries.push(entry));
      // Offline too, the device shows the change at once.
      await kindOf(change).showOnDevice?.(context, serverId, change);
      let delivery: Delivery | null;
      try {
        await send(serverId);
        delivery = awaited.get(entry.id) ?? null;
      } finally {
        awaited.delete(entry.id);
      }
      if (delivery?.kind === 'refused') return { ok: false, error: delivery.error };
      if (delivery?.kind === 'delivered' && delivery.made !== null)
        // Delivered for this entry, so made by its own kind.
        return { ok: true, value: { status: 'saved', made: delivery.made as MadeBy<C['kind']> } };
      // Waiting (or made, with its answer lost: the outbox event tells the window to look again).
      announce(serverId);
      const waiting = ownEntries(serverId).find((candidate) => candidate.id === entry.id) ?? entry;
      return { ok: true, value: { status: 'queued', entry: waiting } };
    },

    list: snapshot,

    async discard(serverId: string, id: string): Promise<ServerOutbox> {
      const userId = findServer(context, serverId)?.user?.id;
      await (
        await file(serverId)
      ).update((draft) => {
        draft.entries = draft.entries.filter((entry) => !(entry.id === id && entry.userId === userId));
      });
      announce(serverId);
      return snapshot(serverId);
    },

    /** Sends now, with the wait between tries started afresh. */
    async retry(serverId: string): Promise<ServerOutbox> {
      senderFor(serverId).delayMs = firstRetryMs;
      await send(serverId);
      announce(serverId);
      return snapshot(serverId);
    },

    /** The server answered something else: if changes wait for it and none is being sent, send them now. */
    wake(serverId: string): void {
      const sender = senderFor(serverId);
      if (stopped || sender.running || !ownEntries(serverId).some((entry) => entry.state === 'waiting')) return;
      sender.delayMs = firstRetryMs;
      void send(serverId);
    },

    /** At start (the local store has opened every known server's outbox): each with changes waiting gets a first try. */
    start(): void {
      for (const server of context.store.state.get().servers) this.wake(server.id);
    },

    /** Stops sending; waits for a change being sent. */
    async stop(): Promise<void> {
      stopped = true;
      for (const sender of senders.values()) if (sender.timer) clearTimeout(sender.timer);
      await Promise.all([...senders.values()].map((sender) => sender.running));
    },
  };
}

export type Outbox = ReturnType<typeof createOutbox>;
