import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeAll } from './merge-updates';

function updates(count: number): Uint8Array[] {
  const doc = new Y.Doc();
  const out: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => out.push(update));
  for (let i = 0; i < count; i++) doc.getText('t').insert(doc.getText('t').length, `${i} `);
  return out;
}

describe('merging a room’s updates for compaction', () => {
  it('merges by applying one by one when a merge fails, leaving out what cannot be read', () => {
    const [a, b] = updates(2);
    const merged = mergeAll([a!, new Uint8Array([1, 2, 3]), b!])!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, merged);
    expect(doc.getText('t').toString()).toBe('0 1 ');
  });
});
