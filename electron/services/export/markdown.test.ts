import { describe, expect, it } from 'vitest';
import { editorFromYjs, newHeadlessEditor, yjsFromEditor } from './headless-document';
import { fillFromMarkdown, markdownFromEditor } from './markdown';
import { SAMPLE_IMAGE as IMAGE, SAMPLE_MARKDOWN } from './testing-sample';

const roundTrip = (markdown: string) => {
  const editor = newHeadlessEditor();
  fillFromMarkdown(editor, markdown);
  return markdownFromEditor(editor);
};

describe('Markdown export and import', () => {
  it('survives export → import → export unchanged, through Yjs', () => {
    const update = yjsFromEditor((editor) => fillFromMarkdown(editor, SAMPLE_MARKDOWN));
    const first = markdownFromEditor(editorFromYjs(update));
    expect(first).toContain('| --- | --- |');
    expect(first).toContain('ŵ ŷ â');
    expect(first).toContain(`![A reading group in Tŷ Ddewi](${IMAGE})`);
    expect(roundTrip(first)).toBe(first);
    expect(first).toBe(SAMPLE_MARKDOWN);
  });

  it('reads tables with a header row and images as their nodes', () => {
    const editor = newHeadlessEditor();
    fillFromMarkdown(editor, SAMPLE_MARKDOWN);
    const json = editor.getEditorState().toJSON() as unknown as { root: { children: Array<Record<string, unknown>> } };
    // The image is a block of its own, or (an inline image node) the only thing in its paragraph.
    const types = json.root.children.map((node) =>
      node.type === 'paragraph' && JSON.stringify(node).includes('"type":"image"') ? 'image' : node.type,
    );
    expect(types).toEqual(['heading', 'paragraph', 'heading', 'list', 'list', 'quote', 'table', 'image']);
    expect(JSON.stringify(json)).toContain('"altText":"A reading group in Tŷ Ddewi"');
    const table = json.root.children[6] as { children: Array<{ children: Array<{ headerState: number }> }> };
    expect(table.children[0]!.children.map((cell) => cell.headerState)).toEqual([1, 1]);
    expect(table.children[1]!.children.map((cell) => cell.headerState)).toEqual([0, 0]);
  });

  it('keeps unsafe links and unknown image sources as text', () => {
    const editor = newHeadlessEditor();
    fillFromMarkdown(editor, '[x](javascript:alert(1)) ![y](https://evil.example/a.png)\n');
    const json = JSON.stringify(editor.getEditorState().toJSON());
    expect(json).not.toContain('"type":"link"');
    expect(json).not.toContain('"type":"image"');
    expect(json).toContain('javascript:alert(1)');
  });

  it('keeps a paragraph that starts like another block a paragraph, through Markdown and back', () => {
    const texts = ['1. not a list', '# not a heading', '- not a bullet', '> not a quote', '| not | a table |', '2) no'];
    const update = yjsFromEditor((editor) =>
      fillFromMarkdown(
        editor,
        texts.map((text) => text.replace(/^(\d+)|^([#>|-])/, (m, d) => (d ? `${d}\\` : `\\${m}`))).join('\n\n'),
      ),
    );
    const first = markdownFromEditor(editorFromYjs(update));
    expect(roundTrip(first)).toBe(first);
    const editor = newHeadlessEditor();
    fillFromMarkdown(editor, first);
    const nodes = editor.getEditorState().toJSON().root.children as unknown as Array<{
      type: string;
      children: Array<{ text: string }>;
    }>;
    expect(nodes.map((node) => node.type)).toEqual(texts.map(() => 'paragraph'));
    expect(nodes.map((node) => node.children[0]!.text)).toEqual(texts);
  });
});
