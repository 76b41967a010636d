import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { syncBaseUrl } from '../../shared/protocol';
import { openRawSocketAt, type RawSocket } from './raw-socket';

/** Clients of any room by its name (clients.ts and raw-socket.ts reach document rooms by document id). */

export type RoomClient = {
  doc: Y.Doc;
  provider: WebsocketProvider;
  /** Updates the client has received from the server since it connected (its own edits not counted). */
  received: Uint8Array[];
  close(): void;
};

/** A stock y-websocket client of `room`, synced before it is returned. */
export async function connectRoom(url: string, room: string, token: string): Promise<RoomClient> {
  const doc = new Y.Doc();
  const received: Uint8Array[] = [];
  const provider = new WebsocketProvider(syncBaseUrl(url), room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: { token },
    disableBc: true,
  });
  doc.on('update', (update: Uint8Array, origin: unknown) => {
    if (origin === provider) received.push(update);
  });
  await new Promise<void>((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`client of ${room} did not sync`)), 10_000);
    provider.once('sync', () => {
      clearTimeout(timer);
      resolve();
    });
  });
  return {
    doc,
    provider,
    received,
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}

/** A bare WebSocket into `room`, for sending what no well-behaved client would. */
export function openRawRoomSocket(url: string, room: string, token: string): Promise<RawSocket | { refused: number }> {
  return openRawSocketAt(`${syncBaseUrl(url)}/${encodeURIComponent(room)}?token=${encodeURIComponent(token)}`);
}

/** The address a client of `room` connects to, for upgrade checks. */
export function roomAddress(url: string, room: string, token: string): string {
  return `${syncBaseUrl(url)}/${encodeURIComponent(room)}?token=${encodeURIComponent(token)}`;
}
