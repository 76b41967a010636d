import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ErrorCode, PublicUser } from '../../../shared/api/schemas';
import { host } from '../data/host';

/** The origin of the transaction that applies this device's stored copy. */
const LOCAL_STORE_ORIGIN = Symbol('local-store');

/**
 * A provider that will not connect until the device's stored copy is in the document, so a
 * room always opens from disk first, whoever asks it to connect (the editor plugin does).
 */
export class LocalFirstProvider extends WebsocketProvider {
  private gateOpen = false;
  private connectWanted = false;

  override connect(): void {
    if (this.gateOpen) super.connect();
    else this.connectWanted = true;
  }

  override disconnect(): void {
    this.connectWanted = false;
    super.disconnect();
  }

  openGate(): void {
    this.gateOpen = true;
    if (this.connectWanted) super.connect();
  }
}

export type RoomSession = {
  /** Holds the device's stored copy from the start. */
  doc: Y.Doc;
  /**
   * Whether the room's content is here: the device had a copy, or the server's has arrived
   * since (its first sync; it stays here when the connection goes). Until then there is nothing to edit.
   */
  contentHere(): boolean;
  /** Told once, when the server's copy arrives for a room the device did not have. */
  onContentHere(listener: () => void): () => void;
  provider: LocalFirstProvider;
  user: PublicUser;
  /** Lets the provider connect; called once the editor shows the stored copy. */
  connect(): void;
  close(): void;
};

/**
 * Applies the stored updates, oldest first, before anything listens to the document: Yjs then
 * encodes no update for listeners and computes no events, and the editor builds its nodes
 * from the whole state in one pass. An update that cannot be read is left out (Yjs reads a
 * whole update before it changes anything), so the rest still opens.
 */
function applyStoredCopy(doc: Y.Doc, stored: readonly Uint8Array[]): void {
  doc.transact(() => {
    for (const update of stored) {
      try {
        Y.applyUpdate(doc, update, LOCAL_STORE_ORIGIN);
      } catch (error) {
        console.error('A stored update of this room could not be read; it is left out.', error);
      }
    }
  }, LOCAL_STORE_ORIGIN);
}

/**
 * Opens a room the local-first way: the device's stored copy first, then the network.
 * Every update, local or remote, is handed to the host to store, so the document can be
 * reopened offline with everything this device has seen or written.
 */
export async function openRoomSession(
  serverId: string,
  room: string,
  options: { marks: boolean } = { marks: true },
): Promise<{ ok: true; session: RoomSession } | { ok: false; error: ErrorCode }> {
  const api = host();
  // Marks on the page's Performance timeline (read by `npm run bench`'s cold open; they change
  // nothing). Only the document's own open sets them, not rooms opened beside it (its space's index).
  const mark = (name: string, detail?: unknown) =>
    options.marks && performance.mark(`branchline:open:${name}`, { detail });
  mark('start');
  const connection = await api.servers.connection({ serverId });
  if (!connection.ok) return connection;
  mark('connection');
  const stored = await api.rooms.load({ serverId, room });
  mark('loaded', { bytes: stored.reduce((sum, update) => sum + update.byteLength, 0) });
  const doc = new Y.Doc();
  applyStoredCopy(doc, stored);
  mark('applied');
  // Attached after the stored copy is in: every update it sees is new to the store.
  const store = (update: Uint8Array) => void api.rooms.append({ serverId, room, update });
  doc.on('update', store);
  const provider = new LocalFirstProvider(connection.value.syncUrl, room, doc, {
    connect: false,
    params: { token: connection.value.token },
    disableBc: true,
    maxBackoffTime: 2500,
  });
  let here = stored.length > 0;
  const waiting = new Set<() => void>();
  const arrived = (synced: boolean) => {
    if (!synced || here) return;
    here = true;
    for (const listener of waiting) listener();
  };
  provider.on('sync', arrived);
  return {
    ok: true,
    session: {
      doc,
      contentHere: () => here,
      onContentHere(listener) {
        waiting.add(listener);
        return () => void waiting.delete(listener);
      },
      provider,
      user: connection.value.user,
      connect() {
        provider.openGate();
      },
      close() {
        provider.destroy();
        doc.off('update', store);
        doc.destroy();
      },
    },
  };
}
