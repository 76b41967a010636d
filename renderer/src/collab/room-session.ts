import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ErrorCode, PublicUser } from '../../../shared/api/schemas';

/** Marks updates that came from this device's own store, so they are not written back to it. */
export const LOCAL_STORE_ORIGIN = Symbol('local-store');

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
  doc: Y.Doc;
  provider: LocalFirstProvider;
  user: PublicUser;
  /** Applies the stored copy (once the editor is listening), then lets the provider connect. */
  openFromDisk(): void;
  close(): void;
};

/**
 * Opens a room the local-first way: the device's stored copy first, then the network.
 * Every update, local or remote, is handed to the host to store, so the document can be
 * reopened offline with everything this device has seen or written.
 */
export async function openRoomSession(serverId: string, room: string): Promise<{ ok: true; session: RoomSession } | { ok: false; error: ErrorCode }> {
  const api = window.branchline;
  // Marks on the page's Performance timeline (read by `npm run bench`'s cold open; they change nothing).
  performance.mark('branchline:open:start');
  const connection = await api.servers.connection({ serverId });
  if (!connection.ok) return connection;
  performance.mark('branchline:open:connection');
  const stored = await api.rooms.load({ serverId, room });
  performance.mark('branchline:open:loaded', { detail: { bytes: stored.reduce((sum, update) => sum + update.byteLength, 0) } });
  const doc = new Y.Doc();
  const store = (update: Uint8Array, origin: unknown) => {
    if (origin !== LOCAL_STORE_ORIGIN) void api.rooms.append({ serverId, room, update });
  };
  doc.on('update', store);
  const provider = new LocalFirstProvider(connection.value.syncUrl, room, doc, {
    connect: false,
    params: { token: connection.value.token },
    disableBc: true,
    maxBackoffTime: 2500,
  });
  let opened = false;
  return {
    ok: true,
    session: {
      doc,
      provider,
      user: connection.value.user,
      openFromDisk() {
        if (opened) return;
        opened = true;
        performance.mark('branchline:open:apply');
        // One transaction: the editor's binding sees (and renders) the stored copy once.
        doc.transact(() => {
          for (const update of stored) Y.applyUpdate(doc, update, LOCAL_STORE_ORIGIN);
        }, LOCAL_STORE_ORIGIN);
        performance.mark('branchline:open:applied');
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
