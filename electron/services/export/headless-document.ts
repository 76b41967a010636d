import type { DOMExportOutput, LexicalEditor, LexicalNode, SerializedLexicalNode } from 'lexical';
import {
  headlessDocumentEditor,
  readYjsIntoEditor,
  yjsFromEditor as writeWithEditor,
} from '../../../shared/editor/headless-document';
import { ImageNode, type SerializedImageNode } from '../../../shared/editor/image-node';

/**
 * An image as HTML, from its JSON alone: the editor's image class draws itself only in a page
 * with a root element, which a headless editor never has.
 */
function imageElement(_editor: LexicalEditor, node: LexicalNode): DOMExportOutput {
  const json = node.exportJSON() as SerializedLexicalNode & Partial<SerializedImageNode>;
  const image = document.createElement('img');
  image.setAttribute('src', String(json.src ?? ''));
  image.setAttribute('alt', String(json.altText ?? ''));
  if (json.width) image.setAttribute('width', String(json.width));
  if (json.height) image.setAttribute('height', String(json.height));
  return { element: image };
}

/** The document's headless editor, as export and import use it (images written to HTML from their JSON). */
export function newHeadlessEditor(): LexicalEditor {
  return headlessDocumentEditor('branchline-export', { html: { export: new Map([[ImageNode, imageElement]]) } });
}

/** A document's content (a Yjs update of its room, or of a version's scratch doc) in a headless editor. */
export function editorFromYjs(update: Uint8Array): LexicalEditor {
  return readYjsIntoEditor(newHeadlessEditor(), update);
}

/** The reverse, for tests and the bench: an editor's content as a room's Yjs update. */
export function yjsFromEditor(fill: (editor: LexicalEditor) => void): Uint8Array {
  return writeWithEditor(newHeadlessEditor(), fill);
}
