import { $isListNode } from '@lexical/list';
import { $getRoot } from 'lexical';
import { headlessDocumentEditor, readYjsIntoEditor } from '../../shared/editor/headless-document';

/** Reads a document room's content back the way an editor joining the room does: its text and its blocks' types. */
export function readDocumentContent(update: Uint8Array): { text: string; types: string[] } {
  const editor = readYjsIntoEditor(headlessDocumentEditor('read'), update);
  return editor.getEditorState().read(() => ({
    text: $getRoot().getTextContent(),
    types: $getRoot()
      .getChildren()
      .map((node) => ($isListNode(node) ? `list:${node.getListType()}` : node.getType())),
  }));
}
