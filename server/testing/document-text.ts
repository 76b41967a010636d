import { createHeadlessEditor } from '@lexical/headless';
import { $isListNode } from '@lexical/list';
import { createBindingV2__EXPERIMENTAL, syncYjsStateToLexicalV2__EXPERIMENTAL } from '@lexical/yjs';
import { $getRoot } from 'lexical';
import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME, documentNodes } from '../../shared/editor/nodes';
import { headlessProvider } from '../content/initial-content';

/** Reads a document room's content back the way an editor joining the room does: its text and its blocks' types. */
export function readDocumentContent(update: Uint8Array): { text: string; types: string[] } {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  const editor = createHeadlessEditor({
    nodes: [...documentNodes],
    onError: (e) => {
      throw e;
    },
  });
  const binding = createBindingV2__EXPERIMENTAL(editor, 'read', doc, new Map([['read', doc]]), {
    rootName: DOCUMENT_ROOT_NAME,
  });
  syncYjsStateToLexicalV2__EXPERIMENTAL(binding, headlessProvider(doc));
  return editor.getEditorState().read(() => ({
    text: $getRoot().getTextContent(),
    types: $getRoot()
      .getChildren()
      .map((node) => ($isListNode(node) ? `list:${node.getListType()}` : node.getType())),
  }));
}
