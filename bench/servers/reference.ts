import { createServer } from 'node:http';
import type { AddressInfo } from 'node:net';
import { WebSocketServer } from 'ws';
import { setupWSConnection } from '@y/websocket-server/utils';
import { measuredUsage, type BenchRequest, type RoomsReport } from './protocol';

/**
 * The reference: @y/websocket-server 0.1.1's own connection handler on a plain http + ws
 * server, as its `server.js` sets it up. It keeps rooms in memory only (no YPERSISTENCE).
 */
const server = createServer((_request, response) => response.end('reference'));
const wss = new WebSocketServer({ noServer: true });
server.on('upgrade', (request, socket, head) =>
  wss.handleUpgrade(request, socket, head, (ws) => setupWSConnection(ws, request)),
);
await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
const url = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;

let next = 0;
process.on('message', (request: BenchRequest) => {
  if (request.type === 'usage') process.send!(measuredUsage());
  // No storage: a room's content arrives from its first client.
  if (request.type === 'rooms')
    process.send!({
      type: 'rooms',
      rooms: Array.from({ length: request.count }, () => `doc:bench${next++}room`),
      stored: false,
    } satisfies RoomsReport);
});
process.on('disconnect', () => process.exit(0));
process.send!({ type: 'ready', url, syncBase: url.replace('http:', 'ws:'), token: null });
