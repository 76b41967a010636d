import { WebSocket } from 'ws';
import { syncBaseUrl } from '../../shared/protocol';
import { documentRoom } from '../../shared/rooms';

export type RawSocket = {
  socket: WebSocket;
  /** Resolves with the close code and reason the server sent. */
  closed: Promise<{ code: number; reason: string }>;
  /** Frames the server sent. */
  received: Uint8Array[];
};

/** A bare WebSocket into a room: for sending what no well-behaved client would. */
export function openRawSocket(
  url: string,
  documentId: string,
  token: string,
): Promise<RawSocket | { refused: number }> {
  return openRawSocketAt(
    `${syncBaseUrl(url)}/${encodeURIComponent(documentRoom(documentId))}?token=${encodeURIComponent(token)}`,
  );
}

export function openRawSocketAt(address: string): Promise<RawSocket | { refused: number }> {
  return new Promise((resolve) => {
    const socket = new WebSocket(address);
    const received: Uint8Array[] = [];
    const closed = new Promise<{ code: number; reason: string }>((done) =>
      socket.once('close', (code, reason) => done({ code, reason: reason.toString() })),
    );
    socket.on('message', (data: Buffer) => received.push(new Uint8Array(data)));
    socket.on('error', () => undefined);
    socket.once('unexpected-response', (_request, response) => {
      resolve({ refused: response.statusCode ?? 0 });
      socket.terminate();
    });
    socket.once('open', () => resolve({ socket, closed, received }));
    // A connection the server drops before answering counts as refused.
    socket.once('close', () => resolve({ refused: 0 }));
  });
}

export function isOpen(result: RawSocket | { refused: number }): result is RawSocket {
  return 'socket' in result;
}

/** Resolves with the close code, or null if the socket is still open after `ms`. */
export async function closeCodeWithin(raw: RawSocket, ms: number): Promise<number | null> {
  const timeout = new Promise<null>((resolve) => setTimeout(() => resolve(null), ms));
  const closed = await Promise.race([raw.closed, timeout]);
  return closed ? closed.code : null;
}
