import * as decoding from 'lib0/decoding';
import * as encoding from 'lib0/encoding';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import * as Y from 'yjs';
import { checkAwarenessShape, checkStateVectorShape, checkUpdateShape } from './update-shape';

/** The y-websocket protocol's outer message types. */
export const MessageType = { sync: 0, awareness: 1, auth: 2, queryAwareness: 3 } as const;

export function syncStep1Message(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

export function updateMessage(update: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return encoding.toUint8Array(encoder);
}

export function awarenessMessage(awareness: awarenessProtocol.Awareness, clients: number[]): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, awarenessProtocol.encodeAwarenessUpdate(awareness, clients));
  return encoding.toUint8Array(encoder);
}

/** A client message, parsed fully before anything acts on it. */
export type ClientMessage =
  | { type: 'syncStep1'; stateVector: Uint8Array }
  /** `reply`: sent as sync step 2, the client's answer to the server's state (all it has that the server lacks). */
  | { type: 'update'; update: Uint8Array; reply: boolean }
  | { type: 'awareness'; update: Uint8Array }
  | { type: 'queryAwareness' }
  | { type: 'auth' };

export class MalformedMessage extends Error {}

/**
 * Parses one frame; throws MalformedMessage for anything that is not exactly one well-formed
 * message. Each payload first passes the bounded pre-pass of ./update-shape, so Yjs only ever
 * decodes what cannot make it loop or allocate beyond a constant per byte.
 */
export function parseClientMessage(frame: Uint8Array): ClientMessage {
  try {
    const decoder = decoding.createDecoder(frame);
    const type = decoding.readVarUint(decoder);
    let message: ClientMessage;
    if (type === MessageType.sync) {
      const syncType = decoding.readVarUint(decoder);
      const payload = decoding.readVarUint8Array(decoder);
      // Decode in full before anything is applied: a bad update must change nothing.
      if (syncType === syncProtocol.messageYjsSyncStep1) {
        checkStateVectorShape(payload);
        Y.decodeStateVector(payload);
        message = { type: 'syncStep1', stateVector: payload };
      } else if (syncType === syncProtocol.messageYjsSyncStep2 || syncType === syncProtocol.messageYjsUpdate) {
        checkUpdateShape(payload);
        Y.decodeUpdate(payload);
        message = { type: 'update', update: payload, reply: syncType === syncProtocol.messageYjsSyncStep2 };
      } else throw new MalformedMessage(`unknown sync message ${syncType}`);
    } else if (type === MessageType.awareness) {
      const update = decoding.readVarUint8Array(decoder);
      checkAwarenessShape(update);
      readAwarenessStates(update);
      message = { type: 'awareness', update };
    } else if (type === MessageType.queryAwareness) {
      message = { type: 'queryAwareness' };
    } else if (type === MessageType.auth) {
      message = { type: 'auth' };
      return message;
    } else {
      throw new MalformedMessage(`unknown message type ${type}`);
    }
    if (decoding.hasContent(decoder)) throw new MalformedMessage('trailing bytes');
    return message;
  } catch (error) {
    if (error instanceof MalformedMessage) throw error;
    throw new MalformedMessage((error as Error).message);
  }
}

/** Reads every state of an awareness update as JSON, so applying it cannot fail half way. */
function readAwarenessStates(update: Uint8Array): void {
  const decoder = decoding.createDecoder(update);
  const entries = decoding.readVarUint(decoder);
  for (let i = 0; i < entries; i++) {
    decoding.readVarUint(decoder);
    decoding.readVarUint(decoder);
    JSON.parse(decoding.readVarString(decoder));
  }
}
