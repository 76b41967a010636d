import { $createCodeNode } from '@lexical/code';
import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode } from '@lexical/rich-text';
import { $createLineBreakNode, $createParagraphNode, $createTextNode, $getRoot } from 'lexical';
import { describe, expect, it } from 'vitest';
import { documentNodes } from '../../../../shared/editor/nodes';
import { tokenise } from '../../../../shared/spelling/tokenise';
import { $blockText, $textBlockOf, $textBlocks, pointAt } from './spelling-blocks';

function documentWith(build: () => void) {
  const editor = createHeadlessEditor({
    nodes: [...documentNodes],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(build, { discrete: true });
  return editor;
}

describe('what spelling reads of a document', () => {
  it('reads every text block in order, and no code block', () => {
    const editor = documentWith(() => {
      const list = $createListNode('bullet').append(
        $createListItemNode().append($createTextNode('First item')),
        $createListItemNode().append($createTextNode('Second item')),
      );
      $getRoot().append(
        $createHeadingNode('h1').append($createTextNode('Heading')),
        list,
        $createCodeNode().append($createTextNode('const libary = 1;')),
        $createParagraphNode().append($createTextNode('Last')),
      );
    });
    const texts = editor.getEditorState().read(() => $textBlocks().map((block) => $blockText(block).text));
    expect(texts).toEqual(['Heading', 'First item', 'Second item', 'Last']);
  });

  it('joins a word split by formatting and a link, and maps it back to its text nodes', () => {
    let keys: string[] = [];
    const editor = documentWith(() => {
      const spel = $createTextNode('Our spel');
      const ling = $createTextNode('ling').toggleFormat('bold');
      const code = $createTextNode('libary').toggleFormat('code');
      const link = $createLinkNode('https://example.org').append($createTextNode('libary'));
      $getRoot().append(
        $createParagraphNode().append(spel, ling, $createTextNode(' '), code, $createLineBreakNode(), link),
      );
      keys = [spel.getKey(), ling.getKey(), code.getKey()];
    });
    const { text, segments } = editor.getEditorState().read(() => $blockText($textBlocks()[0]!));
    // Inline code is kept as spaces: never checked, offsets unchanged.
    expect(text).toBe('Our spelling       \nlibary');
    expect(tokenise(text).map((token) => token.word)).toEqual(['Our', 'spelling', 'libary']);
    expect(pointAt(segments, 4, false)).toEqual({ key: keys[0], offset: 4 });
    expect(pointAt(segments, 12, true)).toEqual({ key: keys[1], offset: 4 });
    // The end of one node is not the start of the next.
    expect(pointAt(segments, 8, true)).toEqual({ key: keys[0], offset: 8 });
    expect(pointAt(segments, 8, false)).toEqual({ key: keys[1], offset: 0 });
  });

  it('finds the block a changed text node belongs to', () => {
    let key = '';
    const editor = documentWith(() => {
      const text = $createTextNode('libary');
      $getRoot().append($createParagraphNode().append($createLinkNode('https://example.org').append(text)));
      key = text.getKey();
    });
    editor.getEditorState().read(() => {
      const node = $getRoot()
        .getAllTextNodes()
        .find((n) => n.getKey() === key)!;
      expect($textBlockOf(node)?.getType()).toBe('paragraph');
    });
  });
});
