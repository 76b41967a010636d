import type { IncomingMessage } from 'node:http';
import type { Socket } from 'node:net';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { ServerProcess } from './server-process';
import { waitUntil } from './stats';

/** Bytes on the wire of one client's sockets (TCP payload: HTTP upgrade, WebSocket frames), counted at the socket. */
export class WireCounter {
  private readonly sockets: Socket[] = [];

  /** A WebSocket class for y-websocket that records each TCP socket it opens. */
  readonly WebSocketClass = (() => {
    const sockets = this.sockets;
    return class CountingWebSocket extends WebSocket {
      constructor(address: string, protocols?: string | string[]) {
        super(address, protocols);
        this.once('upgrade', (response: IncomingMessage) => sockets.push(response.socket as Socket));
      }
    };
  })();

  totals(): { sent: number; received: number } {
    return this.sockets.reduce(
      (sum, socket) => ({ sent: sum.sent + socket.bytesWritten, received: sum.received + socket.bytesRead }),
      { sent: 0, received: 0 },
    );
  }
}

export type StockClient = { doc: Y.Doc; provider: WebsocketProvider; wire: WireCounter; close(): void };

/** The stock y-websocket provider in Node, over a real socket; resolves once synced. */
export async function connectStock(server: ServerProcess, room: string, doc = new Y.Doc()): Promise<StockClient> {
  const wire = new WireCounter();
  const provider = new WebsocketProvider(server.ready.syncBase, room, doc, {
    WebSocketPolyfill: wire.WebSocketClass as unknown as typeof globalThis.WebSocket,
    params: server.params,
    disableBc: true,
  });
  await waitUntil(() => provider.synced, `a client of ${server.kind} to sync ${room}`);
  return {
    doc,
    provider,
    wire,
    close() {
      provider.destroy();
      doc.destroy();
    },
  };
}
