import { timingSafeEqual } from 'node:crypto';
import type { IncomingMessage } from 'node:http';
import type { Duplex } from 'node:stream';
import { WebSocketServer, type WebSocket } from 'ws';
import { createDispatcher, InvalidIpcInput } from '../../shared/ipc/dispatch';
import { decodeWire, encodeWire } from '../../shared/ipc/wire';
import type { HostHandlers } from '../../shared/ipc/contract';
import { CallMessage, IPC_SOCKET_PATH, KEY_PARAM, type EventMessage, type ResultMessage } from './bridge/messages';

const MAX_MESSAGE_BYTES = 16 * 1024 * 1024;

/** Compares a key given with the launch secret in constant time. */
export function sameSecret(given: string, expected: string): boolean {
  const a = Buffer.from(given);
  const b = Buffer.from(expected);
  return a.byteLength === b.byteLength && timingSafeEqual(a, b);
}

/**
 * Decides whether an upgrade request may open the IPC socket: the right path, the launch
 * secret, and Origin and Host both equal to this host's own loopback origin (so another
 * site in the same browser, or a DNS-rebound name, cannot drive the app).
 */
export function isAllowedUpgrade(
  request: Pick<IncomingMessage, 'url' | 'headers'>,
  expected: { origin: string; secret: string },
): boolean {
  const url = new URL(request.url ?? '/', expected.origin);
  if (url.pathname !== IPC_SOCKET_PATH) return false;
  const key = url.searchParams.get(KEY_PARAM);
  if (!key || !sameSecret(key, expected.secret)) return false;
  if (request.headers.origin !== expected.origin) return false;
  return request.headers.host === new URL(expected.origin).host;
}

/** Carries the IPC contract over WebSocket; every call goes through `createDispatcher`. */
export function createIpcSocket(handlers: HostHandlers, log: (message: string) => void) {
  const dispatcher = createDispatcher(handlers);
  const sockets = new Set<WebSocket>();
  const wss = new WebSocketServer({ noServer: true, maxPayload: MAX_MESSAGE_BYTES });

  async function answer(socket: WebSocket, raw: string): Promise<void> {
    let call: CallMessage;
    try {
      call = CallMessage.parse(decodeWire(raw));
    } catch {
      socket.close(1008, 'malformed message');
      return;
    }
    let reply: ResultMessage;
    try {
      reply = { t: 'result', id: call.id, ok: true, value: await dispatcher.dispatch(call.channel, call.input) };
    } catch (error) {
      if (!(error instanceof InvalidIpcInput))
        log(`IPC ${call.channel} failed: ${error instanceof Error ? error.stack : String(error)}`);
      reply = {
        t: 'result',
        id: call.id,
        ok: false,
        message: error instanceof InvalidIpcInput ? error.message : 'The host could not complete this request.',
      };
    }
    if (socket.readyState === socket.OPEN) socket.send(encodeWire(reply));
  }

  wss.on('connection', (socket) => {
    sockets.add(socket);
    socket.on('close', () => sockets.delete(socket));
    socket.on('message', (data, isBinary) => {
      if (isBinary) return void socket.close(1003, 'text only');
      void answer(socket, data.toString());
    });
  });

  return {
    handleUpgrade(
      request: IncomingMessage,
      stream: Duplex,
      head: Buffer,
      expected: { origin: string; secret: string },
    ): void {
      if (!isAllowedUpgrade(request, expected)) {
        stream.end('HTTP/1.1 403 Forbidden\r\nConnection: close\r\nContent-Length: 0\r\n\r\n');
        return;
      }
      wss.handleUpgrade(request, stream, head, (socket) => wss.emit('connection', socket, request));
    },
    broadcast(event: string, payload: unknown): void {
      const message: EventMessage = { t: 'event', event, payload };
      const text = encodeWire(message);
      for (const socket of sockets) if (socket.readyState === socket.OPEN) socket.send(text);
    },
    close(): void {
      for (const socket of sockets) socket.close(1001, 'host shutting down');
      wss.close();
    },
  };
}
