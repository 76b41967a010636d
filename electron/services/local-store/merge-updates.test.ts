import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { mergeAll } from './merge-updates';
import { typingUpdates as updates } from '../../../server/testing/typing-updates';

describe('merging a room’s updates for compaction', () => {
  it('merges by applying one by one when a merge fails, leaving out what cannot be read', () => {
    const [a, b] = updates(2);
    const merged = mergeAll([a!, new Uint8Array([1, 2, 3]), b!])!;
    const doc = new Y.Doc();
    Y.applyUpdate(doc, merged);
    expect(doc.getText('t').toString()).toBe('0 1 ');
  });
});
