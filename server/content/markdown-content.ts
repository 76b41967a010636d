import { $convertFromMarkdownString } from '@lexical/markdown';
import { $createParagraphNode, $getRoot } from 'lexical';
import { documentMarkdownTransformers, registeredTypes } from '../../shared/editor/markdown-document';
import { headlessDocumentEditor, yjsFromEditor } from '../../shared/editor/headless-document';

/**
 * An imported document's first content, from Markdown, as a Yjs update (through the editor's
 * own binding, like initial-content.ts). Only the node types the server registers can result:
 * the transformers are chosen from its node list.
 */
export function markdownContentUpdate(markdown: string): Uint8Array {
  return yjsFromEditor(headlessDocumentEditor('branchline-import'), (editor) => {
    const transformers = documentMarkdownTransformers(registeredTypes(editor));
    editor.update(
      () => {
        $convertFromMarkdownString(markdown.replace(/\r\n?/g, '\n'), transformers);
        if ($getRoot().isEmpty()) $getRoot().append($createParagraphNode());
      },
      { discrete: true },
    );
  });
}
