import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import { WebSocket } from 'ws';
import type { ServerProcess } from './server-process';

/**
 * A lean y-websocket protocol client for load: it syncs, announces a presence like the
 * editor's, answers the server's sync step 1, and reads only the header of each update it
 * receives (who wrote it, and which of their edits it is). Many thousands fit in the bench
 * process, and the client side costs the same whichever server it talks to.
 */
const SYNC = 0;
const AWARENESS = 1;
const STEP1 = 0;
const STEP2 = 1;
const UPDATE = 2;

export function syncFrame(kind: number, payload: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, SYNC);
  encoding.writeVarUint(encoder, kind);
  encoding.writeVarUint8Array(encoder, payload);
  return encoding.toUint8Array(encoder);
}

export const updateFrame = (update: Uint8Array): Uint8Array => syncFrame(UPDATE, update);

/** One presence, as Lexical's collaboration plugin announces it (name, colour, no caret yet). */
function awarenessFrame(clientId: number): Uint8Array {
  const state = {
    name: `Reader ${clientId}`,
    color: '#0b6e4f',
    focusing: false,
    anchorPos: null,
    focusPos: null,
    awarenessData: { initials: 'RB', service: 'Bench Libraries' },
  };
  const inner = encoding.createEncoder();
  encoding.writeVarUint(inner, 1);
  encoding.writeVarUint(inner, clientId);
  encoding.writeVarUint(inner, 1);
  encoding.writeVarString(inner, JSON.stringify(state));
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, AWARENESS);
  encoding.writeVarUint8Array(encoder, encoding.toUint8Array(inner));
  return encoding.toUint8Array(encoder);
}

const EMPTY_STATE_VECTOR = new Uint8Array([0]);
const EMPTY_UPDATE = new Uint8Array([0, 0]);

export type UpdateSeen = (client: number, clock: number) => void;

export class RawClient {
  updatesReceived = 0;
  /** Told of each update frame's first struct: the writer's client id and clock. */
  onUpdate: UpdateSeen | null = null;
  private synced = false;

  private constructor(private readonly socket: WebSocket) {}

  static async open(server: ServerProcess, room: string, clientId: number): Promise<RawClient> {
    const query = new URLSearchParams(server.params).toString();
    const socket = new WebSocket(`${server.ready.syncBase}/${encodeURIComponent(room)}${query ? `?${query}` : ''}`, {
      perMessageDeflate: false,
    });
    socket.binaryType = 'nodebuffer';
    const client = new RawClient(socket);
    await new Promise<void>((resolve, reject) => {
      socket.once('error', reject);
      socket.once('open', () => {
        socket.off('error', reject);
        socket.on('error', () => undefined);
        resolve();
      });
    });
    socket.on('message', (data: Buffer) => client.receive(data));
    const synced = new Promise<void>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`raw client not synced with ${server.kind} in 30 s`)), 30_000);
      client.whenSynced = () => {
        clearTimeout(timer);
        resolve();
      };
    });
    socket.send(syncFrame(STEP1, EMPTY_STATE_VECTOR));
    socket.send(awarenessFrame(clientId));
    await synced;
    return client;
  }

  private whenSynced: () => void = () => undefined;

  private receive(data: Buffer): void {
    const decoder = decoding.createDecoder(data);
    if (decoding.readVarUint(decoder) !== SYNC) return;
    const kind = decoding.readVarUint(decoder);
    if (kind === STEP1) {
      this.socket.send(syncFrame(STEP2, EMPTY_UPDATE));
    } else if (kind === STEP2) {
      if (!this.synced) {
        this.synced = true;
        this.whenSynced();
      }
    } else if (kind === UPDATE) {
      this.updatesReceived++;
      if (!this.onUpdate) return;
      // An update starts: [struct groups][structs in the first group][client][clock].
      decoding.readVarUint(decoder);
      if (decoding.readVarUint(decoder) === 0) return;
      decoding.readVarUint(decoder);
      const client = decoding.readVarUint(decoder);
      this.onUpdate(client, decoding.readVarUint(decoder));
    }
  }

  send(frame: Uint8Array): void {
    this.socket.send(frame);
  }

  close(): void {
    this.socket.terminate();
  }
}
