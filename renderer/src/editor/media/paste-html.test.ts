// @vitest-environment jsdom
import { createHeadlessEditor } from '@lexical/headless';
import { $generateNodesFromDOM } from '@lexical/html';
import { $isListNode } from '@lexical/list';
import { $isHeadingNode } from '@lexical/rich-text';
import { $isTableNode, TableCellHeaderStates, type TableCellNode } from '@lexical/table';
import { $getRoot, $isElementNode, type ElementNode, type LexicalNode } from 'lexical';
import { describe, expect, it } from 'vitest';
import { $isImageNode, imageSrc } from '../../../../shared/editor/image-node';
import { documentNodes } from '../../../../shared/editor/nodes';
import wordHtml from './fixtures/word-clipboard.html?raw';
import { inlineImages, needsOwnImport, normaliseWordHtml } from './paste-html';

const HASH = 'c'.repeat(64);

/** What the editor makes of pasted HTML, as the paste plugin gives it (data: images already stored). */
function importPasted(html: string) {
  const doc = new DOMParser().parseFromString(html, 'text/html');
  normaliseWordHtml(doc);
  for (const { element } of inlineImages(doc)) element.setAttribute('src', imageSrc(HASH));
  const editor = createHeadlessEditor({
    nodes: [...documentNodes],
    onError: (error) => {
      throw error;
    },
  });
  editor.update(
    () => {
      const root = $getRoot().clear();
      const nodes = $generateNodesFromDOM(editor, doc);
      // Inline nodes at the top level are wrapped as the editor's paste would.
      root.append(...nodes.filter($isElementNode));
    },
    { discrete: true },
  );
  return editor;
}

const describeNode = (node: LexicalNode): unknown => {
  if ($isHeadingNode(node)) return `${node.getTag()}: ${node.getTextContent()}`;
  if ($isListNode(node))
    return {
      [node.getListType()]: node.getChildren<ElementNode>().map((item) => {
        const nested = item.getChildren().find($isListNode);
        return nested ? describeNode(nested) : item.getTextContent().trim();
      }),
    };
  if ($isTableNode(node))
    return {
      table: node
        .getChildren<ElementNode>()
        .map((row) =>
          row
            .getChildren<TableCellNode>()
            .map(
              (cell) =>
                `${cell.getHeaderStyles() & TableCellHeaderStates.ROW ? 'th' : 'td'}:${cell.getTextContent().trim()}`,
            ),
        ),
    };
  return `${node.getType()}: ${node.getTextContent().trim()}`;
};

describe('pasting from Word', () => {
  it('is recognised as needing our own import', () => {
    expect(needsOwnImport(wordHtml)).toBe(true);
    expect(needsOwnImport('<p>Plain <b>web</b> text</p>')).toBe(false);
  });

  it('keeps headings, links, nested lists, the table with its header row, and images', () => {
    const editor = importPasted(wordHtml);
    const blocks = editor.getEditorState().read(() => $getRoot().getChildren().map(describeNode));
    expect(blocks).toContainEqual('h1: Universal Offers case study');
    expect(blocks).toContainEqual('h1: Context');
    expect(blocks).toContainEqual('h2: What we did');
    expect(blocks).toContainEqual({
      bullet: ['Weekly storytime', { bullet: ['Under-fives on Tuesdays'] }, 'Reading groups'],
    });
    expect(blocks).toContainEqual({ number: ['Plan', 'Deliver'] });
    expect(blocks).toContainEqual({
      table: [
        ['th:Library', 'th:Children'],
        ['td:Cardiff Central', 'td:640'],
        ['td:Swansea', 'td:560'],
      ],
    });
    // No list marker (·, o, 1.) is left as text.
    expect(blocks.join(' ')).not.toMatch(/[·]/);

    const found = editor.getEditorState().read(() => {
      const all = $getRoot()
        .getAllTextNodes()
        .map((text) => text.getTextContent());
      const links = $getRoot()
        .getChildren<ElementNode>()
        .flatMap((block) => ($isElementNode(block) ? block.getChildren() : []))
        .filter((node) => node.getType() === 'link')
        .map((node) => (node as unknown as { getURL(): string }).getURL());
      const images = $getRoot()
        .getChildren<ElementNode>()
        .flatMap((block) => ($isElementNode(block) ? block.getChildren() : []))
        .filter($isImageNode)
        .map((image) => image.exportJSON());
      return { all, links, images };
    });
    expect(found.links).toEqual(['https://example.org/toolkit']);
    // The data: image became a stored image with its alt text; the local-file one (not readable) left its alt text.
    expect(found.images).toEqual([
      { type: 'image', version: 1, src: imageSrc(HASH), altText: 'Library logo', width: 1, height: 1 },
    ]);
    expect(found.all).toContain('Children reading in the garden');
  });

  it('takes a web page’s images: inline ones kept, remote ones not fetched but their alt text kept', () => {
    const html =
      '<h2>Gallery</h2><p><img src="https://tracker.example/pixel.png" alt="Our new library"><img src="https://x.example/a.png"></p>';
    const texts = importPasted(html)
      .getEditorState()
      .read(() => $getRoot().getChildren().map(describeNode));
    expect(texts).toEqual(['h2: Gallery', 'paragraph: Our new library']);
  });
});
