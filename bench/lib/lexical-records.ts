import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import * as Y from 'yjs';
import { headlessDocumentEditor, bindToYjs } from '../../shared/editor/headless-document';
import { paragraphText } from './documents';

/**
 * A document written the way a person builds one over many sittings: paragraphs added in
 * batches through Lexical's Yjs binding (as the editor writes), one Yjs update per batch. The
 * updates are the records of a room log, as the desktop's local store keeps them.
 */
export function lexicalRecords(
  paragraphs: number,
  perRecord: number,
  charactersPerParagraph: number,
): { records: Uint8Array[]; merged: Uint8Array } {
  const doc = new Y.Doc();
  const editor = headlessDocumentEditor('branchline-bench');
  const stop = bindToYjs(editor, doc);
  const records: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => records.push(update));
  for (let first = 0; first < paragraphs; first += perRecord) {
    editor.update(
      () => {
        const root = $getRoot();
        if (first === 0) root.clear();
        for (let index = first; index < Math.min(paragraphs, first + perRecord); index++) {
          root.append($createParagraphNode().append($createTextNode(paragraphText(index, charactersPerParagraph))));
        }
      },
      { discrete: true },
    );
  }
  stop();
  const merged = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return { records, merged };
}
