import { createHash } from 'node:crypto';
import path from 'node:path';
import * as encoding from 'lib0/encoding';

/**
 * The records of a document's history (server/history/history-store.ts), in framed logs
 * (server/storage/framed-log.ts). Each carries its own sequence number, so a log read around
 * damage keeps every good record where it was in the history: a version names a `seq`, never a
 * record's place in the file.
 *
 * - A change: [1][u32 seq][f64 time][u8 n][n bytes: author's user id, or none][Yjs update V1].
 * - A checkpoint: [2][u32 seq][Yjs update V2: every change up to `seq` merged, deleted content kept].
 */
export type ChangeRecord = { seq: number; at: number; author: string | null; update: Uint8Array };
export type CheckpointRecord = { seq: number; state: Uint8Array };

const CHANGE = 1;
const CHECKPOINT = 2;
const CHANGE_HEAD = 1 + 4 + 8 + 1;
const CHECKPOINT_HEAD = 1 + 4;

export function encodeChange(record: ChangeRecord): Uint8Array {
  const author = new TextEncoder().encode(record.author ?? '');
  if (author.length > 255) throw new Error('author id too long');
  const bytes = new Uint8Array(CHANGE_HEAD + author.length + record.update.length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, CHANGE);
  view.setUint32(1, record.seq);
  view.setFloat64(5, record.at);
  view.setUint8(13, author.length);
  bytes.set(author, CHANGE_HEAD);
  bytes.set(record.update, CHANGE_HEAD + author.length);
  return bytes;
}

export function decodeChange(bytes: Uint8Array): ChangeRecord | null {
  if (bytes.length < CHANGE_HEAD + 2) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  if (view.getUint8(0) !== CHANGE) return null;
  const authorLength = view.getUint8(13);
  if (CHANGE_HEAD + authorLength >= bytes.length) return null;
  const at = view.getFloat64(5);
  if (!Number.isFinite(at)) return null;
  const author = new TextDecoder().decode(bytes.subarray(CHANGE_HEAD, CHANGE_HEAD + authorLength));
  return {
    seq: view.getUint32(1),
    at,
    author: author === '' ? null : author,
    update: bytes.subarray(CHANGE_HEAD + authorLength),
  };
}

export function encodeCheckpoint(record: CheckpointRecord): Uint8Array {
  const bytes = new Uint8Array(CHECKPOINT_HEAD + record.state.length);
  const view = new DataView(bytes.buffer);
  view.setUint8(0, CHECKPOINT);
  view.setUint32(1, record.seq);
  bytes.set(record.state, CHECKPOINT_HEAD);
  return bytes;
}

export function decodeCheckpoint(bytes: Uint8Array): CheckpointRecord | null {
  if (bytes.length < CHECKPOINT_HEAD + 1 || bytes[0] !== CHECKPOINT) return null;
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  return { seq: view.getUint32(1), state: bytes.subarray(CHECKPOINT_HEAD) };
}

/** A document's two history files, named by a hash of its id like room files: ids never become paths. */
export function historyPaths(directory: string, documentId: string): { changes: string; checkpoints: string } {
  const hash = createHash('sha256').update(`history:${documentId}`).digest('hex');
  return { changes: path.join(directory, `${hash}.hlog`), checkpoints: path.join(directory, `${hash}.hcp`) };
}

/** A state vector (Yjs encoding) from clocks: what an update reaches per client, gaps below it or not. */
export function encodeVector(vector: Map<number, number>): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, vector.size);
  for (const [client, clock] of vector) {
    encoding.writeVarUint(encoder, client);
    encoding.writeVarUint(encoder, clock);
  }
  return encoding.toUint8Array(encoder);
}
