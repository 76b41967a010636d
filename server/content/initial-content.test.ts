import { createHeadlessEditor } from '@lexical/headless';
import { $isListNode } from '@lexical/list';
import { createBindingV2__EXPERIMENTAL, syncYjsStateToLexicalV2__EXPERIMENTAL } from '@lexical/yjs';
import { $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME, documentNodes } from '../../shared/editor/nodes';
import { documentContentUpdate, headlessProvider } from './initial-content';

/** Reads content back the way an editor joining the room does. */
function readBack(update: Uint8Array): { text: string; types: string[] } {
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

describe('server-written initial content', () => {
  it('is one empty paragraph for a new document', () => {
    expect(readBack(documentContentUpdate([]))).toEqual({ text: '', types: ['paragraph'] });
  });

  it('holds headings, paragraphs with links, lists and quotes as the editor will read them', () => {
    const { text, types } = readBack(
      documentContentUpdate([
        { type: 'heading', level: 1, text: 'Reading offer' },
        { type: 'paragraph', content: ['See ', { text: 'the toolkit', link: 'https://example.org/toolkit' }, '.'] },
        { type: 'bullets', items: ['Summer Reading Challenge', 'Reading groups'] },
        { type: 'numbers', items: ['Plan', 'Deliver'] },
        { type: 'quote', text: 'Libraries change lives.' },
      ]),
    );
    expect(types).toEqual(['heading', 'paragraph', 'list:bullet', 'list:number', 'quote']);
    expect(text).toContain('Reading offer');
    expect(text).toContain('See the toolkit.');
    expect(text).toContain('Summer Reading Challenge');
    expect(text).toContain('Libraries change lives.');
  });
});
