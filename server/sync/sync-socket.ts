import { WebSocket } from 'ws';

/** What a sync socket's events are handed to. */
export interface SocketOwner {
  receive(frame: Uint8Array): void;
  pong(): void;
  closed(): void;
}

/**
 * ws's socket with the sync connection that owns it, so the socket's listeners can be the
 * same four functions for every socket rather than closures made for each (given to
 * WebSocketServer as its `WebSocket` class, as ws documents for per-socket state).
 */
export class SyncSocket extends WebSocket {
  owner: SocketOwner | null = null;
}

/**
 * Copies a frame into its own buffer. ws may hand out views into a shared pool; lib0's
 * decoders bounds-check their views, but anything that goes through `.buffer` would not,
 * and a frame that owns its memory keeps every decoder inside it.
 */
function asBytes(data: WebSocket.RawData): Uint8Array {
  if (Array.isArray(data)) return new Uint8Array(Buffer.concat(data));
  return data instanceof ArrayBuffer ? new Uint8Array(data.slice(0)) : new Uint8Array(data);
}

/** These listeners are only ever attached to SyncSockets (below), whatever ws's types say of `this`. */
const ownerOf = (socket: WebSocket) => (socket as SyncSocket).owner;

function onMessage(this: WebSocket, data: WebSocket.RawData): void {
  ownerOf(this)?.receive(asBytes(data));
}

function onPong(this: WebSocket): void {
  ownerOf(this)?.pong();
}

function onError(this: WebSocket): void {
  this.terminate();
}

function onClose(this: WebSocket): void {
  const owner = ownerOf(this);
  (this as SyncSocket).owner = null;
  owner?.closed();
}

/** Hands the socket's events to `owner` until it closes. */
export function attachOwner(socket: SyncSocket, owner: SocketOwner): void {
  socket.owner = owner;
  socket.on('message', onMessage);
  socket.on('pong', onPong);
  socket.on('error', onError);
  socket.on('close', onClose);
}
