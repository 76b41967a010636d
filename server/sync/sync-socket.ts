import { WebSocket } from 'ws';

/** What a sync socket's events are handed to. */
export interface SocketOwner {
  receive(frame: Uint8Array): void;
  pong(): void;
  closed(): void;
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

/**
 * ws's socket with the sync connection that owns it (given to WebSocketServer as its
 * `WebSocket` class, as ws documents for per-socket state). ws reports a socket's events
 * only by emitting them, so the owner is handed them here, straight from `emit`: listeners
 * would give every socket its own listener table, a dictionary of a few hundred bytes, and
 * sockets are many and mostly idle. Listeners anyone adds still hear every event.
 */
export class SyncSocket extends WebSocket {
  owner: SocketOwner | null = null;

  override emit(event: string | symbol, ...args: unknown[]): boolean {
    switch (event) {
      case 'message':
        this.owner?.receive(asBytes(args[0] as WebSocket.RawData));
        break;
      case 'pong':
        this.owner?.pong();
        break;
      case 'error':
        // A protocol error (a bad or oversized frame): this socket ends, nothing else does.
        this.terminate();
        if (this.listenerCount('error') === 0) return true;
        break;
      case 'close': {
        const owner = this.owner;
        this.owner = null;
        owner?.closed();
        break;
      }
    }
    return super.emit(event, ...args);
  }
}
