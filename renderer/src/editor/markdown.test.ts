import { $isCodeNode } from '@lexical/code';
import { createHeadlessEditor } from '@lexical/headless';
import { $isLinkNode } from '@lexical/link';
import { $isListItemNode, $isListNode } from '@lexical/list';
import { registerMarkdownShortcuts } from '@lexical/markdown';
import { $isHeadingNode, $isQuoteNode } from '@lexical/rich-text';
import {
  $createParagraphNode,
  $createTextNode,
  $getRoot,
  $isElementNode,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
} from 'lexical';
import { describe, expect, it } from 'vitest';
import { documentNodes } from '../../../shared/editor/nodes';
import { MARKDOWN_SHORTCUTS } from './markdown';

function editorWithShortcuts(): LexicalEditor {
  const editor = createHeadlessEditor({
    nodes: [...documentNodes],
    onError: (error) => {
      throw error;
    },
  });
  registerMarkdownShortcuts(editor, MARKDOWN_SHORTCUTS);
  return editor;
}

/** Types `text` into an empty paragraph one character at a time, as the shortcuts expect to see it. */
function type(editor: LexicalEditor, text: string): void {
  editor.update(
    () => {
      const paragraph = $createParagraphNode();
      $getRoot().clear().append(paragraph);
      paragraph.select();
    },
    { discrete: true },
  );
  for (const character of text)
    editor.update(
      () => {
        const root = $getRoot();
        const node = root.getLastDescendant();
        if ($isTextNode(node)) {
          node.setTextContent(node.getTextContent() + character);
          node.select(node.getTextContentSize(), node.getTextContentSize());
        } else {
          const block = $isElementNode(node) ? node : root.getLastChildOrThrow();
          const textNode = $createTextNode(character);
          (block as ElementNode).append(textNode);
          textNode.select(1, 1);
        }
      },
      { discrete: true },
    );
}

const firstBlock = (editor: LexicalEditor) => editor.read(() => $getRoot().getFirstChild());
const read = <T>(editor: LexicalEditor, fn: () => T) => editor.read(fn);

describe('Markdown shortcuts', () => {
  it('only make nodes a document may hold', () => {
    const allowed = new Set(documentNodes.map((node) => node.getType()));
    for (const transformer of MARKDOWN_SHORTCUTS)
      if ('dependencies' in transformer)
        for (const node of transformer.dependencies) expect(allowed, node.getType()).toContain(node.getType());
  });

  it('turn #, ## and ### into the three heading levels, and leave #### as text', () => {
    for (const [marker, tag] of [
      ['#', 'h1'],
      ['##', 'h2'],
      ['###', 'h3'],
    ] as const) {
      const editor = editorWithShortcuts();
      type(editor, `${marker} Plan`);
      const block = firstBlock(editor);
      expect(read(editor, () => $isHeadingNode(block) && block.getTag())).toBe(tag);
      expect(read(editor, () => block?.getTextContent())).toBe('Plan');
    }
    const editor = editorWithShortcuts();
    type(editor, '#### Plan');
    expect(read(editor, () => firstBlock(editor)?.getType())).toBe('paragraph');
    expect(read(editor, () => $getRoot().getTextContent())).toBe('#### Plan');
  });

  it('make lists, check items, quotes and code blocks', () => {
    const cases: Array<[string, (node: LexicalNode | null) => boolean]> = [
      ['- ', (node) => $isListNode(node) && node.getListType() === 'bullet'],
      ['* ', (node) => $isListNode(node) && node.getListType() === 'bullet'],
      ['1. ', (node) => $isListNode(node) && node.getListType() === 'number'],
      ['[] ', (node) => $isListNode(node) && node.getListType() === 'check'],
      ['> ', (node) => $isQuoteNode(node)],
      ['``` ', (node) => $isCodeNode(node)],
    ];
    for (const [marker, isExpected] of cases) {
      const editor = editorWithShortcuts();
      type(editor, `${marker}x`);
      expect(
        read(editor, () => isExpected(firstBlock(editor))),
        marker,
      ).toBe(true);
    }
    const editor = editorWithShortcuts();
    type(editor, '[x] done');
    const checked = read(editor, () => {
      const item = (firstBlock(editor) as ElementNode | null)?.getFirstChild();
      return $isListItemNode(item) && item.getChecked();
    });
    expect(checked).toBe(true);
  });

  it('mark bold, italic, strikethrough and code', () => {
    const cases: Array<[string, string]> = [
      ['**word**', 'bold'],
      ['*word*', 'italic'],
      ['_word_', 'italic'],
      ['~~word~~', 'strikethrough'],
      ['`word`', 'code'],
    ];
    for (const [typed, format] of cases) {
      const editor = editorWithShortcuts();
      type(editor, `a ${typed}`);
      const marked = read(editor, () =>
        $getRoot()
          .getAllTextNodes()
          .find((node) => node.getTextContent() === 'word'),
      );
      expect(marked, typed).toBeDefined();
      expect(
        read(editor, () => marked!.hasFormat(format as 'bold')),
        typed,
      ).toBe(true);
    }
  });

  it('link web and mail addresses, made absolute, and leave other schemes as typed text', () => {
    const linkOf = (typed: string) => {
      const editor = editorWithShortcuts();
      type(editor, typed);
      return read(editor, () => {
        const link = $getRoot()
          .getAllTextNodes()
          .map((node) => node.getParent())
          .find($isLinkNode);
        return link ? { url: link.getURL(), text: link.getTextContent() } : $getRoot().getTextContent();
      });
    };
    expect(linkOf('see [the offer](https://librariesconnected.org.uk)')).toEqual({
      url: 'https://librariesconnected.org.uk/',
      text: 'the offer',
    });
    expect(linkOf('[mail us](mailto:info@example.org)')).toEqual({ url: 'mailto:info@example.org', text: 'mail us' });
    expect(linkOf('[ours](ascel.org.uk)')).toEqual({ url: 'https://ascel.org.uk/', text: 'ours' });
    expect(linkOf('[x](javascript:alert(1))')).toBe('[x](javascript:alert(1))');
  });
});
