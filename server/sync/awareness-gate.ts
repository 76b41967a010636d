import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { CloseCode } from '../../shared/protocol';
import type { SyncLimits } from './limits';
import type { Room } from './room';
import { REFUSED, type Rate } from './allowance';

/** A departed id's clock is remembered this long, so a late echo of its old state cannot bring it back. */
const FORGET_AFTER_MS = 30_000;

type Entry = { client: number; clock: number; state: string };

function readEntries(update: Uint8Array): Entry[] {
  const decoder = decoding.createDecoder(update);
  const entries: Entry[] = [];
  const count = decoding.readVarUint(decoder);
  for (let i = 0; i < count; i++) {
    entries.push({
      client: decoding.readVarUint(decoder),
      clock: decoding.readVarUint(decoder),
      state: decoding.readVarString(decoder),
    });
  }
  return entries;
}

function writeEntries(entries: Entry[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(encoder, entry.client);
    encoding.writeVarUint(encoder, entry.clock);
    encoding.writeVarString(encoder, entry.state);
  }
  return encoding.toUint8Array(encoder);
}

/** The connection a gate belongs to. */
export interface GateOwner {
  /** Parses a raw awareness frame and hands its update back through `admit`. */
  readAwareness(frame: Uint8Array): void;
  /** Relays an admitted awareness update to the room. */
  relayAwareness(update: Uint8Array): void;
  /** Closes this connection. */
  close(code: number, reason: string): void;
}

export type GateLimits = Pick<SyncLimits, 'awarenessBytes' | 'awarenessClients'>;

/** A frame's own header (message type and payload length) on top of the awareness update it carries. */
const FRAME_HEADER_BYTES = 8;

/**
 * Awareness (presence, cursors) from one connection. It speaks for the few client ids it
 * introduced (at most `awarenessClients`); what it says about anyone else's is dropped. That
 * is not always an attack: the stock client echoes every state it hears back to the server,
 * and those echoes are dropped here, cheaply. Messages are size-capped, and past a rate only
 * the latest frame waits, unread, to be handled when the rate allows: a flood costs the
 * server almost nothing and reaches others as a trickle of current states.
 */
export class AwarenessGate {
  /** How many ids this connection introduced. The ids themselves are kept once, in the room's speakers. */
  private claimedCount = 0;
  /** Its rate allowance's state (see Rate). */
  private fullAt: number;
  private waiting: Uint8Array | null = null;
  private timer: NodeJS.Timeout | null = null;

  constructor(
    private readonly owner: GateOwner,
    private readonly room: Room,
    private readonly limits: GateLimits,
    private readonly rate: Rate,
  ) {
    this.fullAt = rate.full();
  }

  /** The awareness ids this connection speaks for (looked up when it leaves: a room holds few). */
  get claimed(): number[] {
    const ids: number[] = [];
    for (const [id, speaker] of this.room.speakers) if (speaker === this) ids.push(id);
    return ids;
  }

  private take(): boolean {
    const next = this.rate.take(this.fullAt);
    if (next === REFUSED) return false;
    this.fullAt = next;
    return true;
  }

  /** A raw awareness frame from this connection: read now if the rate allows, else kept as the latest. */
  offer(frame: Uint8Array): void {
    if (frame.length > this.limits.awarenessBytes + FRAME_HEADER_BYTES)
      return this.owner.close(CloseCode.frameTooLarge, 'awareness update too large');
    if (this.waiting === null && this.take()) return this.owner.readAwareness(frame);
    // Each message carries whole states, so the latest replaces any still waiting.
    this.waiting = frame;
    this.timer ??= setTimeout(() => this.flush(), this.rate.msUntil(this.fullAt));
  }

  private flush(): void {
    this.timer = null;
    if (this.waiting === null) return;
    if (!this.take()) {
      this.timer = setTimeout(() => this.flush(), this.rate.msUntil(this.fullAt));
      return;
    }
    const frame = this.waiting;
    this.waiting = null;
    this.owner.readAwareness(frame);
  }

  /** A parsed awareness update from this connection: what it says about its own ids goes to the room. */
  admit(update: Uint8Array): void {
    const { limits, room } = this;
    if (update.length > limits.awarenessBytes)
      return this.owner.close(CloseCode.frameTooLarge, 'awareness update too large');
    const owners = room.speakers;
    const kept: Entry[] = [];
    const fresh: number[] = [];
    for (const entry of readEntries(update)) {
      const owner = owners.get(entry.client);
      const known = room.awareness.meta.get(entry.client);
      if (owner === this) kept.push(entry);
      else if (!owner && entry.state !== 'null' && (!known || entry.clock > known.clock)) {
        // An id the room has not heard of (or whose speaker left): this connection introduces it.
        kept.push(entry);
        if (!fresh.includes(entry.client)) fresh.push(entry.client);
      }
    }
    if (this.claimedCount + fresh.length > limits.awarenessClients)
      return this.owner.close(CloseCode.rateLimited, 'too many awareness clients');
    for (const id of fresh) owners.set(id, this);
    this.claimedCount += fresh.length;
    if (kept.length > 0) this.owner.relayAwareness(writeEntries(kept));
  }

  /** Gives up this connection's ids when it leaves, after the room has removed their states. */
  release(): void {
    if (this.timer) clearTimeout(this.timer);
    this.timer = null;
    this.waiting = null;
    const { room } = this;
    const owners = room.speakers;
    for (const id of this.claimed) {
      owners.delete(id);
      // A room's awareness would otherwise remember the clock of every id it ever saw.
      setTimeout(() => {
        if (!owners.has(id) && !room.awareness.states.has(id)) room.awareness.meta.delete(id);
      }, FORGET_AFTER_MS).unref();
    }
    this.claimedCount = 0;
  }
}
