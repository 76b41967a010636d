import { CloseCode } from '../../shared/protocol';
import type { SyncLimits } from './limits';
import type { Room } from './room';
import { TokenBucket } from './token-bucket';

/** Who speaks for each awareness client id in a room: ids are not shared between connections. */
const speakers = new WeakMap<Room, Map<number, AwarenessGate>>();

function speakersIn(room: Room): Map<number, AwarenessGate> {
  let map = speakers.get(room);
  if (!map) speakers.set(room, (map = new Map()));
  return map;
}

export type GateDeps = {
  room: Room;
  /** The signed-in person behind the connection. */
  userId: string;
  limits: Pick<SyncLimits, 'awarenessBytes' | 'awarenessClients' | 'awarenessBurst' | 'awarenessRefillMs'>;
  /** Relays an admitted awareness update to the room. */
  apply(update: Uint8Array): void;
  /** Closes this connection. */
  refuse(code: number, reason: string): void;
  /** This connection's client has come back on a new connection: leave the room at once. */
  replaced(): void;
};

/**
 * Awareness (presence, cursors) from one connection. It may speak for a few client ids of its
 * own, never for another person's; its messages are size-capped; and past a rate only the
 * latest waits to be relayed, so a flood reaches the others as a trickle of current states.
 */
export class AwarenessGate {
  private readonly claimed = new Set<number>();
  private readonly bucket: TokenBucket;
  private waiting: Uint8Array | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(private readonly deps: GateDeps) {
    this.bucket = TokenBucket.oneEvery(deps.limits.awarenessBurst, deps.limits.awarenessRefillMs);
  }

  receive(update: Uint8Array, clients: number[]): void {
    const { limits, room, userId } = this.deps;
    if (update.length > limits.awarenessBytes) return this.deps.refuse(CloseCode.frameTooLarge, 'awareness update too large');
    const owners = speakersIn(room);
    const fresh = new Set<number>();
    for (const id of clients) {
      const owner = owners.get(id);
      if (owner === this) continue;
      if (owner && owner.deps.userId !== userId) return this.deps.refuse(CloseCode.malformedMessage, 'awareness for someone else');
      fresh.add(id);
    }
    if (this.claimed.size + fresh.size > limits.awarenessClients) return this.deps.refuse(CloseCode.rateLimited, 'too many awareness clients');
    for (const id of fresh) {
      // The same person's client, reconnected before its old socket was noticed gone.
      owners.get(id)?.deps.replaced();
      owners.set(id, this);
      this.claimed.add(id);
    }
    if (this.waiting === null && this.bucket.take()) return this.deps.apply(update);
    // Each message carries whole states, so the latest replaces any still waiting.
    this.waiting = update;
    this.timer ??= setTimeout(() => this.flush(), this.bucket.msUntil());
  }

  private flush(): void {
    this.timer = null;
    if (this.waiting === null) return;
    if (!this.bucket.take()) {
      this.timer = setTimeout(() => this.flush(), this.bucket.msUntil());
      return;
    }
    const update = this.waiting;
    this.waiting = null;
    this.deps.apply(update);
  }

  /** Gives up this connection's ids when it leaves, after the room has removed their states. */
  release(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.waiting = null;
    const owners = speakersIn(this.deps.room);
    for (const id of this.claimed) {
      if (owners.get(id) !== this) continue;
      owners.delete(id);
      // Forget its clock too: a room's awareness would otherwise remember every id ever seen.
      this.deps.room.awareness.meta.delete(id);
    }
    this.claimed.clear();
  }
}
