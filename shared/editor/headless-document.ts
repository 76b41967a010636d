import { createHeadlessEditor } from '@lexical/headless';
import {
  createBindingV2__EXPERIMENTAL,
  syncLexicalUpdateToYjsV2__EXPERIMENTAL,
  syncYjsStateToLexicalV2__EXPERIMENTAL,
  type Provider,
} from '@lexical/yjs';
import type { CreateEditorArgs, LexicalEditor } from 'lexical';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME, documentNodes } from './nodes';

/**
 * A document's content outside any window (the server writing a new document's first content,
 * an import, an export, the bench): a headless Lexical editor with the document's node list,
 * bound to a Y.Doc through the same V2 binding and root the editor uses, so what it writes or
 * reads is exactly what people's editors write and read.
 */

/** The binding wants a provider only for awareness, which nobody outside a window has. */
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

/** A headless editor over the document's node list; any error in an update is thrown, not logged. */
export function headlessDocumentEditor(
  namespace: string,
  options: Pick<CreateEditorArgs, 'html'> & { nodes?: CreateEditorArgs['nodes'] } = {},
): LexicalEditor {
  return createHeadlessEditor({
    namespace,
    nodes: options.nodes ?? [...documentNodes],
    ...(options.html && { html: options.html }),
    onError: (error) => {
      throw error;
    },
  });
}

/**
 * Binds `editor` to `doc` as CollaborationPluginV2 binds one: with `read`, the editor first takes
 * what the doc holds; then every later update of the editor is written into the doc (one Yjs
 * transaction per Lexical update). Returns the function that stops the writing.
 */
export function bindToYjs(editor: LexicalEditor, doc: Y.Doc, { read = false } = {}): () => void {
  const id = editor._config.namespace;
  const binding = createBindingV2__EXPERIMENTAL(editor, id, doc, new Map([[id, doc]]), {
    rootName: DOCUMENT_ROOT_NAME,
  });
  const provider = headlessProvider(doc);
  if (read) syncYjsStateToLexicalV2__EXPERIMENTAL(binding, provider);
  return editor.registerUpdateListener(
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
}

/** A room's content as a Yjs update, from what `fill` does to a fresh headless editor. */
export function yjsFromEditor(editor: LexicalEditor, fill: (editor: LexicalEditor) => void): Uint8Array {
  const doc = new Y.Doc();
  const stop = bindToYjs(editor, doc);
  try {
    fill(editor);
  } finally {
    stop();
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}

/** Reads a Yjs update of a document (a room, or a version's scratch doc) into `editor`. */
export function readYjsIntoEditor(editor: LexicalEditor, update: Uint8Array): LexicalEditor {
  const doc = new Y.Doc();
  try {
    Y.applyUpdate(doc, update);
    bindToYjs(editor, doc, { read: true })();
    return editor;
  } finally {
    doc.destroy();
  }
}
