import { isUtf8 } from 'node:buffer';

/**
 * A bounded pre-pass over what a client sends, run before Yjs or y-protocols touch it.
 *
 * Yjs decoders trust the counts and lengths a message claims (yjs/yjs#687: a 27-byte v2
 * update that claims billions of structs makes the decoder loop and allocate without end).
 * This walks the same grammar without building anything, and refuses any message whose
 * claims its own bytes cannot hold: every count must fit in the bytes left (each entry
 * needs at least one or two bytes), every clock must stay a safe integer, nesting is
 * bounded, and nothing may follow the message. What passes can cost Yjs no more than a
 * small constant per byte, so the frame size cap bounds the work of one message.
 *
 * The sync protocol carries version-1 updates only; a version-2 update (the format of
 * #687) does not parse as version 1 and is refused here.
 */
export class ShapeError extends Error {}

/** How much a check reads: the grammar only (what bounds Yjs's work), or also what Yjs's decoder would refuse. */
export type ShapeCheck = {
  /**
   * Also every string is UTF-8 (lib0 decodes strictly), every JSON content parses and every skip is plain, so
   * `Y.decodeUpdate` cannot fail on what passes: a stored record can be vouched for without
   * building its structs.
   */
  readable?: boolean;
};

const strictUtf8 = new TextDecoder('utf-8', { fatal: true, ignoreBOM: true });

const MAX_ANY_DEPTH = 64;
/** Content refs of Yjs items (1–9); 0 is a GC struct and 10 a Skip, read before content. */
const GC_REF = 0;
const SKIP_REF = 10;

class Reader {
  private pos = 0;

  constructor(
    private readonly bytes: Uint8Array,
    readonly readable = false,
  ) {}

  get remaining(): number {
    return this.bytes.length - this.pos;
  }

  byte(): number {
    if (this.pos >= this.bytes.length) throw new ShapeError('unexpected end');
    return this.bytes[this.pos++]!;
  }

  /** A variable-length unsigned integer, as lib0 writes it; refused past 2^53. */
  uint(): number {
    let value = 0;
    let scale = 1;
    for (;;) {
      const byte = this.byte();
      value += (byte & 0x7f) * scale;
      if (value > Number.MAX_SAFE_INTEGER) throw new ShapeError('integer out of range');
      if (byte < 0x80) return value;
      scale *= 128;
    }
  }

  /** A variable-length signed integer: same bytes as uint, sign in the first byte. */
  int(): void {
    let byte = this.byte();
    for (let shift = 0; byte >= 0x80; shift++) {
      if (shift > 8) throw new ShapeError('integer out of range');
      byte = this.byte();
    }
  }

  skip(length: number): void {
    if (length > this.remaining) throw new ShapeError(`claims ${length} bytes with ${this.remaining} left`);
    this.pos += length;
  }

  /** An id: client and clock. */
  id(): void {
    this.uint();
    this.uint();
  }

  /** A length-prefixed byte string (strings are UTF-8 inside one); returns its byte length. */
  field(): number {
    const length = this.uint();
    this.skip(length);
    return length;
  }

  /** A length-prefixed string; returns its byte length. */
  text(): number {
    const start = this.pos;
    const length = this.field();
    if (this.readable && !isUtf8(this.bytes.subarray(this.pos - length, this.pos)))
      throw new ShapeError(`a string at ${start} is not UTF-8`);
    return length;
  }

  /** A length-prefixed string holding JSON (`undefined` too, where Yjs allows it). */
  json(undefinedAllowed = false): void {
    const start = this.pos;
    const length = this.field();
    if (!this.readable) return;
    try {
      const text = strictUtf8.decode(this.bytes.subarray(this.pos - length, this.pos));
      if (!(undefinedAllowed && text === 'undefined')) JSON.parse(text);
    } catch {
      throw new ShapeError(`the JSON at ${start} does not parse`);
    }
  }

  /** A count of entries that each take at least `minBytes`: it must fit in what is left. */
  count(minBytes: number): number {
    const count = this.uint();
    if (count * minBytes > this.remaining)
      throw new ShapeError(`claims ${count} entries with ${this.remaining} bytes left`);
    return count;
  }
}

function addClock(clock: number, length: number): number {
  const sum = clock + length;
  if (sum > Number.MAX_SAFE_INTEGER) throw new ShapeError('clock out of range');
  return sum;
}

/** lib0's `writeAny` values. */
function skipAny(reader: Reader, depth: number): void {
  if (depth > MAX_ANY_DEPTH) throw new ShapeError('value nested too deeply');
  const type = reader.byte();
  switch (type) {
    case 127: // undefined
    case 126: // null
    case 121: // false
    case 120: // true
      return;
    case 125: // integer
      return reader.int();
    case 124: // float32
      return reader.skip(4);
    case 123: // float64
    case 122: // bigint64
      return reader.skip(8);
    case 119: // string
      return void reader.text();
    case 116: // bytes
      return void reader.field();
    case 118: {
      // object: key, value
      const entries = reader.count(2);
      for (let i = 0; i < entries; i++) {
        reader.text();
        skipAny(reader, depth + 1);
      }
      return;
    }
    case 117: {
      const items = reader.count(1);
      for (let i = 0; i < items; i++) skipAny(reader, depth + 1);
      return;
    }
    default:
      throw new ShapeError(`unknown value type ${type}`);
  }
}

/** An item's content; returns the clock length it claims (an upper bound for strings). */
function skipContent(reader: Reader, ref: number): number {
  switch (ref) {
    case 1: // deleted
      return reader.uint();
    case 2: {
      // JSON: strings
      const items = reader.count(1);
      for (let i = 0; i < items; i++) reader.json(true);
      return items;
    }
    case 3: // binary
      reader.field();
      return 1;
    case 5: // embed (JSON string)
      reader.json();
      return 1;
    case 4: // string: its UTF-8 length bounds its UTF-16 length
      return reader.text();
    case 6: // format: key, JSON value
      reader.text();
      reader.json();
      return 1;
    case 7: {
      const typeRef = reader.uint();
      if (typeRef > 6) throw new ShapeError(`unknown type ${typeRef}`);
      // XmlElement (3) and XmlHook (5) carry a name.
      if (typeRef === 3 || typeRef === 5) reader.text();
      return 1;
    }
    case 8: {
      const items = reader.count(1);
      for (let i = 0; i < items; i++) skipAny(reader, 0);
      return items;
    }
    case 9: // subdocument: guid, options
      reader.text();
      skipAny(reader, 0);
      return 1;
    default:
      throw new ShapeError(`unknown content ${ref}`);
  }
}

function skipStructs(reader: Reader): void {
  const clients = reader.count(3);
  for (let c = 0; c < clients; c++) {
    const structs = reader.count(2);
    reader.uint(); // client
    let clock = reader.uint();
    for (let s = 0; s < structs; s++) {
      const info = reader.byte();
      const ref = info & 0x1f;
      // Yjs's two struct readers part ways on a skip with item flags: applyUpdate skips it, decodeUpdate and
      // mergeUpdates read an item and throw. Yjs writes a skip as exactly 10.
      if (ref === SKIP_REF && info !== SKIP_REF && reader.readable) throw new ShapeError('a skip with item flags');
      if (ref === GC_REF || ref === SKIP_REF) {
        clock = addClock(clock, reader.uint());
        continue;
      }
      if (info & 0x80) reader.id(); // origin
      if (info & 0x40) reader.id(); // right origin
      if ((info & 0xc0) === 0) {
        // parent: a root type's name, or the id of the item that holds it
        if (reader.uint() === 1) reader.text();
        else reader.id();
        if (info & 0x20) reader.text(); // key in a map
      }
      clock = addClock(clock, skipContent(reader, ref));
    }
  }
}

function skipDeleteSet(reader: Reader): void {
  const clients = reader.count(2);
  for (let c = 0; c < clients; c++) {
    reader.uint(); // client
    const ranges = reader.count(2);
    for (let r = 0; r < ranges; r++) addClock(reader.uint(), reader.uint());
  }
}

function finish(reader: Reader): void {
  if (reader.remaining !== 0) throw new ShapeError('trailing bytes');
}

/** A version-1 Yjs update: structs per client, then a delete set. */
export function checkUpdateShape(update: Uint8Array, check: ShapeCheck = {}): void {
  const reader = new Reader(update, check.readable);
  skipStructs(reader);
  skipDeleteSet(reader);
  finish(reader);
}

/** A state vector: (client, clock) pairs. */
export function checkStateVectorShape(stateVector: Uint8Array): void {
  const reader = new Reader(stateVector);
  const entries = reader.count(2);
  for (let i = 0; i < entries; i++) reader.id();
  finish(reader);
}

/** An awareness update: (client, clock, JSON state) triples. Returns the client ids it speaks for. */
export function checkAwarenessShape(update: Uint8Array): number[] {
  const reader = new Reader(update);
  const entries = reader.count(3);
  const clients: number[] = [];
  for (let i = 0; i < entries; i++) {
    clients.push(reader.uint());
    reader.uint();
    reader.field();
  }
  finish(reader);
  return clients;
}
