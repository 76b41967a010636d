import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { WebSocket, type RawData } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import { syncBaseUrl } from '../../shared/protocol';
import { documentRoom } from '../../shared/rooms';
import { connectClient, waitFor } from '../testing/clients';
import { startTempServerWithDocument } from '../testing/temp-server';

/** Counts the sync-update frames ([0 sync][2 update]) a stock client's socket receives. */
function countingSocket(counter: { updates: number }) {
  return class extends WebSocket {
    constructor(address: string, protocols?: string | string[]) {
      super(address, protocols);
      this.on('message', (data: RawData) => {
        const bytes = new Uint8Array(data as Buffer);
        if (bytes[0] === 0 && bytes[1] === 2) counter.updates++;
      });
    }
  };
}

describe('broadcast', () => {
  let context: Awaited<ReturnType<typeof startTempServerWithDocument>>;
  beforeEach(async () => (context = await startTempServerWithDocument('Broadcast')));
  afterEach(() => context.cleanup());

  it('sends an update to everyone in the room but its sender', async () => {
    const counter = { updates: 0 };
    const doc = new Y.Doc();
    const writer = new WebsocketProvider(syncBaseUrl(context.server.url), documentRoom(context.documentId), doc, {
      WebSocketPolyfill: countingSocket(counter) as unknown as typeof globalThis.WebSocket,
      params: { token: context.token },
      disableBc: true,
    });
    const reader = await connectClient(context.server.url, context.documentId, context.token);
    try {
      await waitFor(() => writer.synced, 'writer synced');
      for (let i = 0; i < 5; i++) doc.getText('test').insert(0, 'x');
      await waitFor(() => reader.text.length === 5, 'the reader to have every edit');
      // Anything echoed would have arrived by now, behind the reader's copy.
      await new Promise((resolve) => setTimeout(resolve, 100));
      expect(counter.updates).toBe(0);
    } finally {
      writer.destroy();
      reader.close();
    }
  });
});
