import { createHeadlessEditor } from '@lexical/headless';
import { $convertFromMarkdownString } from '@lexical/markdown';
import { createBindingV2__EXPERIMENTAL, syncLexicalUpdateToYjsV2__EXPERIMENTAL } from '@lexical/yjs';
import { $createParagraphNode, $getRoot } from 'lexical';
import * as Y from 'yjs';
import { documentMarkdownTransformers, registeredTypes } from '../../shared/editor/markdown-document';
import { DOCUMENT_ROOT_NAME, documentNodes } from '../../shared/editor/nodes';
import { headlessProvider } from './initial-content';

/**
 * An imported document's first content, from Markdown, as a Yjs update (through the editor's
 * own binding, like initial-content.ts). Only the node types the server registers can result:
 * the transformers are chosen from its node list.
 */
export function markdownContentUpdate(markdown: string): Uint8Array {
  const doc = new Y.Doc();
  const provider = headlessProvider(doc);
  const editor = createHeadlessEditor({
    namespace: 'branchline-import',
    nodes: [...documentNodes],
    onError: (error) => {
      throw error;
    },
  });
  const binding = createBindingV2__EXPERIMENTAL(editor, 'import', doc, new Map([['import', doc]]), {
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
  const transformers = documentMarkdownTransformers(registeredTypes(editor));
  try {
    editor.update(
      () => {
        $convertFromMarkdownString(markdown.replace(/\r\n?/g, '\n'), transformers);
        if ($getRoot().isEmpty()) $getRoot().append($createParagraphNode());
      },
      { discrete: true },
    );
  } finally {
    stop();
  }
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
