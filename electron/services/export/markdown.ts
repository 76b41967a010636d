import { $convertFromMarkdownString, $convertToMarkdownString } from '@lexical/markdown';
import type { LexicalEditor } from 'lexical';
import { documentMarkdownTransformers, registeredTypes } from '../../../shared/editor/markdown-document';

/** The document as Markdown (GFM tables, `![alt](src)` images); export → import → export gives the same bytes. */
export function markdownFromEditor(editor: LexicalEditor): string {
  const transformers = documentMarkdownTransformers(registeredTypes(editor));
  return editor.getEditorState().read(() => $convertToMarkdownString(transformers)) + '\n';
}

/** Fills the editor with Markdown's content, in one discrete update. */
export function fillFromMarkdown(editor: LexicalEditor, markdown: string): void {
  const transformers = documentMarkdownTransformers(registeredTypes(editor));
  editor.update(() => $convertFromMarkdownString(markdown.replace(/\r\n?/g, '\n').replace(/\n$/, ''), transformers), {
    discrete: true,
  });
}
