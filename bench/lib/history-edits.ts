import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME } from '../../shared/editor/nodes';

/** The text of the `index`-th paragraph of a document written through Lexical's binding. */
function paragraphTextType(doc: Y.Doc, index: number): Y.XmlText {
  const root = doc.get(DOCUMENT_ROOT_NAME, Y.XmlElement);
  const paragraph = root.get(index % root.length);
  const stack: Array<Y.XmlElement | Y.XmlText | Y.XmlHook> = [paragraph];
  while (stack.length > 0) {
    const next = stack.pop()!;
    if (next instanceof Y.XmlText) return next;
    if (next instanceof Y.XmlElement) stack.push(...next.toArray());
  }
  throw new Error(`paragraph ${index} holds no text`);
}

/**
 * `count` edits as people make them: mostly a word typed into a paragraph, every tenth a word
 * deleted, one Yjs update each (a committed change, as the history log keeps it).
 */
export function typingEdits(doc: Y.Doc, count: number, from = 0): Uint8Array[] {
  const updates: Uint8Array[] = [];
  const take = (update: Uint8Array) => updates.push(update);
  doc.on('update', take);
  for (let edit = from; edit < from + count; edit++) {
    const text = paragraphTextType(doc, edit * 7);
    if (edit % 10 === 9 && text.length > 8) text.delete(2, 5);
    else text.insert(Math.min(3, text.length), 'word ');
  }
  doc.off('update', take);
  return updates;
}
