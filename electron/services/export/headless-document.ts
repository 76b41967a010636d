import { createHeadlessEditor } from '@lexical/headless';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import {
  createBindingV2__EXPERIMENTAL,
  syncLexicalUpdateToYjsV2__EXPERIMENTAL,
  syncYjsStateToLexicalV2__EXPERIMENTAL,
  type Provider,
} from '@lexical/yjs';
import type { DOMExportOutput, Klass, LexicalEditor, LexicalNode, SerializedLexicalNode } from 'lexical';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME, documentNodes } from '../../../shared/editor/nodes';
import { FallbackImageNode, type SerializedImage } from './image-node-fallback';

/**
 * The document's node list, plus table nodes and a stand-in image node where the shared list
 * has none of its own (so export reads every document the editor can write).
 */
export function exportNodes(): Array<Klass<LexicalNode>> {
  const nodes = [...documentNodes];
  const has = (type: string) => nodes.some((node) => node.getType() === type);
  if (!has('table')) nodes.push(TableNode, TableRowNode, TableCellNode);
  if (!has('image')) nodes.push(FallbackImageNode);
  return nodes;
}

/**
 * An image as HTML, from its JSON alone: the editor's image class may draw itself only in a
 * page with a root element, which a headless editor never has.
 */
function imageElement(_editor: LexicalEditor, node: LexicalNode): DOMExportOutput {
  const json = node.exportJSON() as SerializedLexicalNode & Partial<SerializedImage>;
  const image = document.createElement('img');
  image.setAttribute('src', String(json.src ?? ''));
  image.setAttribute('alt', String(json.altText ?? ''));
  if (json.width) image.setAttribute('width', String(json.width));
  if (json.height) image.setAttribute('height', String(json.height));
  return { element: image };
}

export function newHeadlessEditor(): LexicalEditor {
  const nodes = exportNodes();
  const image = nodes.find((node) => node.getType() === 'image');
  return createHeadlessEditor({
    namespace: 'branchline-export',
    nodes,
    ...(image && { html: { export: new Map([[image, imageElement]]) } }),
    onError: (error) => {
      throw error;
    },
  });
}

/** The Lexical–Yjs binding wants a provider only for awareness. */
function headlessProvider(doc: Y.Doc): Provider {
  const awareness = new Awareness(doc);
  doc.on('destroy', () => awareness.destroy());
  return {
    awareness,
    connect: () => undefined,
    disconnect: () => undefined,
    on: () => undefined,
    off: () => undefined,
  } as unknown as Provider;
}

/** A document's content (a Yjs update of its room, or of a version's scratch doc) in a headless editor. */
export function editorFromYjs(update: Uint8Array): LexicalEditor {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    const editor = newHeadlessEditor();
    const binding = createBindingV2__EXPERIMENTAL(editor, 'export', doc, new Map([['export', doc]]), {
      rootName: DOCUMENT_ROOT_NAME,
    });
    const provider = headlessProvider(doc);
    syncYjsStateToLexicalV2__EXPERIMENTAL(binding, provider);
    return editor;
  } finally {
    doc.destroy();
  }
}

/** The reverse, for tests and the bench: an editor's content as a room's Yjs update. */
export function yjsFromEditor(fill: (editor: LexicalEditor) => void): Uint8Array {
  const doc = new Y.Doc();
  const editor = newHeadlessEditor();
  const provider = headlessProvider(doc);
  const binding = createBindingV2__EXPERIMENTAL(editor, 'fill', doc, new Map([['fill', doc]]), {
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
  fill(editor);
  stop();
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
