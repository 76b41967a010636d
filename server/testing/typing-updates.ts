import * as Y from 'yjs';

/** `count` Yjs updates, one per word typed at the end of a text ("0 ", "1 ", …), as a room's log would hold them. */
export function typingUpdates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => out.push(update));
  for (let i = 0; i < count; i++) doc.getText('t').insert(doc.getText('t').length, `${i} `);
  return out;
}
