import { createHeadlessEditor } from '@lexical/headless';
import { createBindingV2__EXPERIMENTAL, syncLexicalUpdateToYjsV2__EXPERIMENTAL } from '@lexical/yjs';
import { $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import * as Y from 'yjs';
import { headlessProvider } from '../../server/content/initial-content';
import { DOCUMENT_ROOT_NAME, documentNodes } from '../../shared/editor/nodes';
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
  const provider = headlessProvider(doc);
  const editor = createHeadlessEditor({
    namespace: 'branchline-bench',
    nodes: [...documentNodes],
    onError: (error) => {
      throw error;
    },
  });
  const binding = createBindingV2__EXPERIMENTAL(editor, 'bench', doc, new Map([['bench', doc]]), {
    rootName: DOCUMENT_ROOT_NAME,
  });
  const stop = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) =>
      syncLexicalUpdateToYjsV2__EXPERIMENTAL(
        binding,
        provider,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      ),
  );
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
