import * as encoding from 'lib0/encoding';
import * as Y from 'yjs';

/**
 * Pre-made Yjs updates for many writers, so the bench spends no time in Yjs while it drives
 * a server. One writer's typing (a character at the end of its own text, one transaction
 * each) is recorded once under a template client id; each writer's copy differs only in that
 * id, which is patched in place (it is a fixed-width varint, so nothing else moves).
 */
const TEMPLATE_CLIENT = 0x9a_bc_de_f0;

function varUint(value: number): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, value);
  return encoding.toUint8Array(encoder);
}

function positionsOf(haystack: Uint8Array, needle: Uint8Array): number[] {
  const found: number[] = [];
  outer: for (let i = 0; i + needle.length <= haystack.length; i++) {
    for (let j = 0; j < needle.length; j++) if (haystack[i + j] !== needle[j]) continue outer;
    found.push(i);
  }
  return found;
}

export class TypingStream {
  private readonly updates: Uint8Array[] = [];
  private readonly patches: number[][];
  private readonly templateId = varUint(TEMPLATE_CLIENT);

  constructor(readonly length: number) {
    const doc = new Y.Doc();
    doc.clientID = TEMPLATE_CLIENT;
    doc.on('update', (update: Uint8Array) => this.updates.push(update));
    const text = doc.getText('t');
    for (let i = 0; i < length; i++) text.insert(text.length, 'x');
    doc.destroy();
    this.patches = this.updates.map((update) => positionsOf(update, this.templateId));
    const check = Y.decodeUpdate(this.update(7, 1));
    if (check.structs[0]?.id.client !== this.clientId(7)) throw new Error('typing stream: client id patch failed');
  }

  /** The Yjs client id writer `writer` types as. */
  clientId(writer: number): number {
    return TEMPLATE_CLIENT + 1 + writer;
  }

  /** Writer `writer`'s update number `clock` (each update is one character, so its clock is its index). */
  update(writer: number, clock: number): Uint8Array {
    const template = this.updates[clock]!;
    const id = varUint(this.clientId(writer));
    if (id.length !== this.templateId.length) throw new Error('typing stream: too many writers');
    const copy = new Uint8Array(template);
    for (const position of this.patches[clock]!) copy.set(id, position);
    return copy;
  }
}
