import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME } from '../../shared/editor/nodes';

/** For history tests: a document's paragraphs edited and read as plain Yjs, under the editor's root. */
export const rootOf = (doc: Y.Doc) => doc.get(DOCUMENT_ROOT_NAME, Y.XmlElement);

export function paragraphs(doc: Y.Doc): string[] {
  return rootOf(doc)
    .toArray()
    .map((child) => (child instanceof Y.XmlText ? child.toString() : child.toString()));
}

export function addParagraph(doc: Y.Doc, text: string): void {
  const root = rootOf(doc);
  root.insert(root.length, [new Y.XmlText(text)]);
}

export function appendTo(doc: Y.Doc, index: number, text: string): void {
  const paragraph = rootOf(doc).get(index) as Y.XmlText;
  paragraph.insert(paragraph.length, text);
}

/** The paragraphs of a Yjs update (V1). */
export function paragraphsOf(update: Uint8Array): string[] {
  const doc = new Y.Doc();
  Y.applyUpdate(doc, update);
  return paragraphs(doc);
}
