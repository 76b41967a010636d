import * as encoding from 'lib0/encoding';

/**
 * Hostile payloads for tests, built here from their described structure. Each makes a naive
 * decoder loop, allocate or retain without end; the server must refuse or shed each cheaply.
 */

/**
 * yjs/yjs#687: a version-2 update whose run-length streams, once empty, repeat their last
 * value forever. It claims `structs` structs for one client; every struct's info comes from
 * a one-byte stream (0: a GC struct) and its length from a stream claiming 2^40 repeats of 1,
 * so the decoder never runs out of input and builds structs until memory or patience ends.
 */
export function yjs687Update(structs = 2 ** 32 - 1): Uint8Array {
  const stream = (write: (e: encoding.Encoder) => void) => {
    const inner = encoding.createEncoder();
    write(inner);
    return encoding.toUint8Array(inner);
  };
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // feature flag
  encoding.writeVarUint8Array(e, new Uint8Array()); // key clocks
  encoding.writeVarUint8Array(
    e,
    stream((s) => encoding.writeVarInt(s, 1)),
  ); // clients: client 1
  encoding.writeVarUint8Array(e, new Uint8Array()); // left clocks
  encoding.writeVarUint8Array(e, new Uint8Array()); // right clocks
  encoding.writeVarUint8Array(e, new Uint8Array([0])); // infos: GC, repeated forever
  encoding.writeVarUint8Array(
    e,
    stream((s) => encoding.writeVarString(s, '')),
  ); // strings
  encoding.writeVarUint8Array(e, new Uint8Array()); // parent infos
  encoding.writeVarUint8Array(e, new Uint8Array()); // type refs
  encoding.writeVarUint8Array(
    e,
    stream((s) => {
      encoding.writeVarInt(s, -1); // a negative length marks a run: length 1…
      encoding.writeVarUint(s, 2 ** 40); // …repeated 2^40 times
    }),
  );
  encoding.writeVarUint(e, 1); // one client with structs
  encoding.writeVarUint(e, structs);
  encoding.writeVarUint(e, 0); // first clock
  encoding.writeVarUint(e, 0); // an empty delete set, so a small claim decodes completely
  return encoding.toUint8Array(e);
}

/** The same claim in version 1, the sync protocol's format: billions of structs in a few bytes. */
export function structCountClaim(): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint(e, 2 ** 32 - 1);
  encoding.writeVarUint(e, 7); // client
  encoding.writeVarUint(e, 0); // clock
  encoding.writeUint8(e, 0); // one GC struct…
  encoding.writeVarUint(e, 1); // …of length 1, and nothing more
  return encoding.toUint8Array(e);
}

/** Version 1: no structs, then a delete set claiming billions of clients and ranges. */
export function deleteSetClaim(): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, 2 ** 40);
  encoding.writeVarUint(e, 9);
  encoding.writeVarUint(e, 2 ** 40);
  return encoding.toUint8Array(e);
}

/** Version 1: an item whose content is a value nested `depth` arrays deep. */
export function deeplyNestedValue(depth: number): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1); // one client
  encoding.writeVarUint(e, 1); // one struct
  encoding.writeVarUint(e, 7); // client
  encoding.writeVarUint(e, 0); // clock
  encoding.writeUint8(e, 8); // an item with "any" content, parent named below
  encoding.writeVarUint(e, 1); // parent is a root type…
  encoding.writeVarString(e, 'a'); // …called "a"
  encoding.writeVarUint(e, 1); // one value
  for (let i = 0; i < depth; i++) {
    encoding.writeUint8(e, 117); // an array…
    encoding.writeVarUint(e, 1); // …of one
  }
  encoding.writeUint8(e, 126); // null
  encoding.writeVarUint(e, 0); // empty delete set
  return encoding.toUint8Array(e);
}

/**
 * A well-formed version-1 update deleting `ranges` single characters of a client nobody has
 * seen. Yjs cannot apply it and, left alone, keeps it pending and re-reads it on every later
 * update in the room.
 */
export function deletionsOfUnknownContent(ranges: number, client = 424_242): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0); // no structs
  encoding.writeVarUint(e, 1); // one client in the delete set
  encoding.writeVarUint(e, client);
  encoding.writeVarUint(e, ranges);
  for (let i = 0; i < ranges; i++) {
    encoding.writeVarUint(e, 2 * i);
    encoding.writeVarUint(e, 1);
  }
  return encoding.toUint8Array(e);
}

/** A y-websocket sync frame: step 1 (0), step 2 (1) or update (2), carrying `payload`. */
export function syncFrame(kind: 0 | 1 | 2, payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 0);
  encoding.writeVarUint(e, kind);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** A y-websocket awareness frame carrying `payload`. */
export function awarenessFrame(payload: Uint8Array): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, 1);
  encoding.writeVarUint8Array(e, payload);
  return encoding.toUint8Array(e);
}

/** An awareness update: each client id with its clock and state. */
export function awarenessUpdate(entries: Array<{ client: number; clock: number; state: unknown }>): Uint8Array {
  const e = encoding.createEncoder();
  encoding.writeVarUint(e, entries.length);
  for (const entry of entries) {
    encoding.writeVarUint(e, entry.client);
    encoding.writeVarUint(e, entry.clock);
    encoding.writeVarString(e, JSON.stringify(entry.state));
  }
  return encoding.toUint8Array(e);
}
