import type { IpcTransport } from '../../../shared/ipc/client';
import type { EventName } from '../../../shared/ipc/contract';
import { decodeWire, encodeWire } from '../../../shared/ipc/wire';
import { HostMessage, type CallMessage } from './messages';

type Pending = { resolve: (value: unknown) => void; reject: (error: Error) => void };

/**
 * The contract over one WebSocket to the browser host. Calls made before the socket opens
 * wait in a queue; if the socket drops, calls in flight fail and it reconnects.
 */
export function createWsTransport(socketUrl: string): IpcTransport {
  let socket: WebSocket | null = null;
  let nextId = 1;
  let retryMs = 250;
  const queue: string[] = [];
  const pending = new Map<number, Pending>();
  const listeners = new Map<string, Set<(payload: unknown) => void>>();

  function connect(): void {
    const current = new WebSocket(socketUrl);
    socket = current;
    current.addEventListener('open', () => {
      retryMs = 250;
      for (const text of queue.splice(0)) current.send(text);
    });
    current.addEventListener('message', (event) => {
      const parsed = HostMessage.safeParse(decodeWire(String(event.data)));
      if (!parsed.success) return;
      const message = parsed.data;
      if (message.t === 'event') {
        for (const listener of listeners.get(message.event) ?? []) listener(message.payload);
        return;
      }
      const waiting = pending.get(message.id);
      pending.delete(message.id);
      if (!waiting) return;
      if (message.ok) waiting.resolve(message.value);
      else waiting.reject(new Error(message.message));
    });
    current.addEventListener('close', () => {
      if (socket !== current) return;
      socket = null;
      for (const [id, waiting] of pending) {
        pending.delete(id);
        waiting.reject(new Error('The connection to the Branchline host was lost.'));
      }
      setTimeout(connect, retryMs);
      retryMs = Math.min(retryMs * 2, 5_000);
    });
  }
  connect();

  return {
    invoke(channel, input) {
      const id = nextId++;
      const message: CallMessage = { t: 'call', id, channel, input };
      const text = encodeWire(message);
      return new Promise((resolve, reject) => {
        pending.set(id, { resolve, reject });
        if (socket?.readyState === WebSocket.OPEN) socket.send(text);
        else queue.push(text);
      });
    },
    subscribe(event: EventName, listener) {
      let set = listeners.get(event);
      if (!set) listeners.set(event, (set = new Set()));
      set.add(listener);
      return () => void set.delete(listener);
    },
  };
}
