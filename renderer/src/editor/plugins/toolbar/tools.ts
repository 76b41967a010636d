import type { MessageKey } from '../../../i18n/en';

export type ToolId =
  | 'paragraph'
  | 'h1'
  | 'h2'
  | 'h3'
  | 'bold'
  | 'italic'
  | 'underline'
  | 'strike'
  | 'code'
  | 'link'
  | 'bullet'
  | 'number'
  | 'check'
  | 'quote'
  | 'codeblock'
  | 'undo'
  | 'redo';

/** A key pressed with the platform's command key (Ctrl, or ⌘ on macOS), perhaps with Shift. */
export type KeyChord = { key: string; shift?: true };

/** What a person may type instead of using the tool (see ../../markdown.ts). */
export type MarkdownHint = { kind: 'block'; marker: string } | { kind: 'wrap'; marker: string } | { kind: 'link' };

export type ToolSpec = {
  id: ToolId;
  label: MessageKey;
  /** Shown on the button; the name is its text for screen readers, and its tooltip for everyone. */
  glyph: string;
  /** The keyboard shortcuts Lexical (or, for links, this editor) handles, the one to show first; macOS may differ. */
  keys?: { other: KeyChord[]; apple?: KeyChord[] };
  markdown?: MarkdownHint;
};

/** Every tool, in the order the toolbar and its "More formatting" menu show them. */
export const TOOLS: readonly ToolSpec[] = [
  { id: 'paragraph', label: 'editor.paragraph', glyph: '¶' },
  { id: 'h1', label: 'editor.heading1', glyph: 'H1', markdown: { kind: 'block', marker: '#' } },
  { id: 'h2', label: 'editor.heading2', glyph: 'H2', markdown: { kind: 'block', marker: '##' } },
  { id: 'h3', label: 'editor.heading3', glyph: 'H3', markdown: { kind: 'block', marker: '###' } },
  {
    id: 'bold',
    label: 'editor.bold',
    glyph: 'B',
    keys: { other: [{ key: 'B' }] },
    markdown: { kind: 'wrap', marker: '**' },
  },
  {
    id: 'italic',
    label: 'editor.italic',
    glyph: 'I',
    keys: { other: [{ key: 'I' }] },
    markdown: { kind: 'wrap', marker: '*' },
  },
  { id: 'underline', label: 'editor.underline', glyph: 'U', keys: { other: [{ key: 'U' }] } },
  { id: 'strike', label: 'editor.strikethrough', glyph: 'S', markdown: { kind: 'wrap', marker: '~~' } },
  { id: 'code', label: 'editor.code', glyph: '</>', markdown: { kind: 'wrap', marker: '`' } },
  { id: 'link', label: 'editor.link', glyph: '↗', keys: { other: [{ key: 'K' }] }, markdown: { kind: 'link' } },
  { id: 'bullet', label: 'editor.bulletList', glyph: '•', markdown: { kind: 'block', marker: '-' } },
  { id: 'number', label: 'editor.numberList', glyph: '1.', markdown: { kind: 'block', marker: '1.' } },
  { id: 'check', label: 'editor.checkList', glyph: '☑', markdown: { kind: 'block', marker: '[]' } },
  { id: 'quote', label: 'editor.quote', glyph: '❝', markdown: { kind: 'block', marker: '>' } },
  { id: 'codeblock', label: 'editor.codeBlock', glyph: '{ }', markdown: { kind: 'block', marker: '```' } },
  { id: 'undo', label: 'editor.undo', glyph: '↶', keys: { other: [{ key: 'Z' }] } },
  {
    id: 'redo',
    label: 'editor.redo',
    glyph: '↷',
    keys: { other: [{ key: 'Y' }, { key: 'Z', shift: true }], apple: [{ key: 'Z', shift: true }] },
  },
];

/**
 * Which tools stay on the toolbar when it is too narrow for all of them, most used first;
 * the rest go into the "More formatting" menu (they keep their shortcuts and Markdown).
 */
export const TOOL_PRIORITY: readonly ToolId[] = [
  'bold',
  'italic',
  'link',
  'bullet',
  'number',
  'check',
  'h1',
  'h2',
  'h3',
  'paragraph',
  'underline',
  'undo',
  'redo',
  'quote',
  'strike',
  'code',
  'codeblock',
];

/**
 * How many tools fit in one row `available` pixels wide, each `tool` wide with `gap` between:
 * all of them, or as many as fit beside the "More formatting" button (as wide as a tool).
 */
export function toolsThatFit(available: number, tool: number, gap: number, total: number): number {
  if (total * tool + (total - 1) * gap <= available) return total;
  return Math.max(0, Math.floor((available - tool) / (tool + gap)));
}

/** The tools shown on the toolbar when `count` fit, in toolbar order, and the ones the menu holds. */
export function splitTools(count: number): { shown: ToolSpec[]; more: ToolSpec[] } {
  const shownIds = new Set(TOOL_PRIORITY.slice(0, count));
  return {
    shown: TOOLS.filter((tool) => shownIds.has(tool.id)),
    more: TOOLS.filter((tool) => !shownIds.has(tool.id)),
  };
}
