import { $isLinkNode } from '@lexical/link';
import {
  $convertFromMarkdownString,
  $convertToMarkdownString,
  BOLD_ITALIC_STAR,
  BOLD_ITALIC_UNDERSCORE,
  BOLD_STAR,
  BOLD_UNDERSCORE,
  CHECK_LIST,
  CODE,
  HEADING,
  INLINE_CODE,
  ITALIC_STAR,
  ITALIC_UNDERSCORE,
  LINK,
  ORDERED_LIST,
  QUOTE,
  STRIKETHROUGH,
  UNORDERED_LIST,
  type ElementTransformer,
  type TextMatchTransformer,
  type Transformer,
} from '@lexical/markdown';
import {
  $createParagraphNode,
  $isElementNode,
  $parseSerializedNode,
  type ElementNode,
  type LexicalNode,
  type SerializedLexicalNode,
} from 'lexical';
import { isSafeLinkUrl } from '../forum/post-body';

/**
 * A whole document as Markdown and back (export, import, and the server writing an imported
 * document). GFM tables and `![alt](src)` images are added only when the editor registers
 * those node types, so a list without them never meets a node it cannot hold. The image
 * node's JSON is `{ type: 'image', version: 1, src, altText, width?, height? }` (doc-media).
 */

/** `[text](url)` becomes a link only for web and mail addresses; anything else stays as the text written. */
const SAFE_LINK: TextMatchTransformer = {
  ...LINK,
  replace: (textNode, match) => {
    const url = (match[2] ?? match[3] ?? '').replace(/\\(.)/g, '$1');
    if (!isSafeLinkUrl(url)) return;
    const linkText = LINK.replace?.(textNode, match);
    const link = linkText?.getParent();
    if ($isLinkNode(link)) link.setURL(url);
    return linkText;
  },
};

type ImageJson = SerializedLexicalNode & { src?: unknown; altText?: unknown };
const IMAGE_PATTERN = /!\[([^\]]*)\]\(([^()\s]+)\)/;
const escapeAlt = (alt: string) => alt.replace(/[[\]\\]/g, '\\$&').replace(/\n/g, ' ');
const unescapeAlt = (alt: string) => alt.replace(/\\(.)/g, '$1');
/** Only stored images (and data written by an import before upload) may be a document's image. */
const isImageSource = (src: string) => /^branchline-image:[0-9a-f]{64}$/.test(src);

function imageMarkdown(node: LexicalNode): string | null {
  if (node.getType() !== 'image') return null;
  const json = node.exportJSON() as ImageJson;
  return `![${escapeAlt(String(json.altText ?? ''))}](${String(json.src ?? '')})`;
}

function $imageNode(alt: string, src: string): LexicalNode | null {
  if (!isImageSource(src)) return null;
  return $parseSerializedNode({ type: 'image', version: 1, src, altText: unescapeAlt(alt) } as SerializedLexicalNode);
}

/** An image inside a paragraph (an inline image node). */
const IMAGE_INLINE: TextMatchTransformer = {
  dependencies: [],
  type: 'text-match',
  importRegExp: IMAGE_PATTERN,
  regExp: new RegExp(`${IMAGE_PATTERN.source}$`),
  export: (node) => imageMarkdown(node),
  replace: (textNode, match) => {
    const image = $imageNode(match[1] ?? '', match[2] ?? '');
    if (image) textNode.replace(image);
  },
  trigger: ')',
};

/** An image on a line by itself: a block of its own, or (an inline image node) the line's paragraph. */
const IMAGE_BLOCK: ElementTransformer = {
  dependencies: [],
  type: 'element',
  regExp: new RegExp(`^${IMAGE_PATTERN.source}\\s*$`),
  export: (node) => imageMarkdown(node),
  replace: (parent, _children, match) => {
    const image = $imageNode(match[1] ?? '', match[2] ?? '');
    if (!image) return false;
    // The line's text is gone once this matched: an inline image node stays in the line's paragraph.
    if (image.isInline()) parent.append(image);
    else parent.replace(image);
  },
};

const TABLE_ROW = /^\|(.+)\|\s*$/;
const TABLE_DIVIDER = /^\|(\s*:?-+:?\s*\|)+\s*$/;
const HEADER_ROW = 1;

const splitCells = (line: string) =>
  line
    .trim()
    .replace(/^\||\|$/g, '')
    .split(/(?<!\\)\|/)
    .map((cell) => cell.trim());

function tableTransformer(inner: () => Transformer[]): ElementTransformer {
  const cellText = (cell: ElementNode) =>
    $convertToMarkdownString(inner(), cell)
      .replace(/\n+/g, ' ')
      .replace(/(?<!\\)\|/g, '\\|');
  return {
    dependencies: [],
    type: 'element',
    regExp: TABLE_ROW,
    export: (node) => {
      if (node.getType() !== 'table' || !$isElementNode(node)) return null;
      const rows = node.getChildren().filter($isElementNode);
      const lines = rows.map((row) => `| ${row.getChildren().filter($isElementNode).map(cellText).join(' | ')} |`);
      const width = rows[0]?.getChildrenSize() ?? 0;
      // GFM needs a divider after the first row: the first row is the table's header row.
      lines.splice(1, 0, `| ${Array.from({ length: width }, () => '---').join(' | ')} |`);
      return lines.join('\n');
    },
    replace: (parent, _children, match) => {
      const line = match[0] ?? '';
      const previous = parent.getPreviousSibling();
      const table = previous && previous.getType() === 'table' && $isElementNode(previous) ? previous : null;
      if (TABLE_DIVIDER.test(line)) {
        if (!table || table.getChildrenSize() !== 1) return false;
        markHeaderRow(table);
        parent.remove();
        return;
      }
      const cells = splitCells(line);
      const row = $parseSerializedNode({
        type: 'tablerow',
        version: 1,
        children: cells.map(() => ({
          type: 'tablecell',
          version: 1,
          headerState: 0,
          colSpan: 1,
          rowSpan: 1,
          children: [],
        })),
      } as SerializedLexicalNode) as ElementNode;
      row.getChildren().forEach((cell, index) => {
        if ($isElementNode(cell)) $convertFromMarkdownString(cells[index] ?? '', inner(), cell);
        if ($isElementNode(cell) && cell.isEmpty()) cell.append($createParagraphNode());
      });
      if (table) {
        table.append(row);
        parent.remove();
        return;
      }
      const created = $parseSerializedNode({ type: 'table', version: 1, children: [] } as SerializedLexicalNode);
      (created as ElementNode).append(row);
      parent.replace(created);
    },
  };
}

function markHeaderRow(table: ElementNode): void {
  const header = table.getFirstChild();
  if (!$isElementNode(header)) return;
  // Through the cell's own method (TableCellNode), so this file needs no table class.
  for (const cell of header.getChildren())
    (cell as LexicalNode & { setHeaderStyles?: (state: number) => void }).setHeaderStyles?.(HEADER_ROW);
}

/** What would start another kind of block at the start of a paragraph's line, and how to say it is text. */
const BLOCK_START = /^(#{1,6}(?=\s)|>|[-*+](?=\s)|\d+(?=[.)]\s)|`{3}|\|)/;

/**
 * A paragraph whose text begins like another block ("1. ", "# ", "> ", "- ") is written with that
 * start escaped, so reading the Markdown back gives the paragraph again (Lexical escapes marks
 * inside text, but not these). It only exports: paragraphs are what every other line becomes.
 */
const PARAGRAPH: ElementTransformer = {
  dependencies: [],
  type: 'element',
  regExp: /(?!)/,
  export: (node, traverseChildren) => {
    if (node.getType() !== 'paragraph' || !$isElementNode(node)) return null;
    return traverseChildren(node).replace(BLOCK_START, (start) => (/^\d/.test(start) ? `${start}\\` : `\\${start}`));
  },
  replace: () => false,
};

/** The transformers for a document whose editor registers `nodeTypes`. */
export function documentMarkdownTransformers(nodeTypes: ReadonlySet<string>): Transformer[] {
  const hasImages = nodeTypes.has('image');
  const hasTables = nodeTypes.has('table') && nodeTypes.has('tablerow') && nodeTypes.has('tablecell');
  const list: Transformer[] = [
    ...(hasTables ? [tableTransformer(() => list)] : []),
    ...(hasImages ? [IMAGE_BLOCK] : []),
    PARAGRAPH,
    HEADING,
    QUOTE,
    CHECK_LIST,
    UNORDERED_LIST,
    ORDERED_LIST,
    CODE,
    INLINE_CODE,
    BOLD_ITALIC_STAR,
    BOLD_ITALIC_UNDERSCORE,
    BOLD_STAR,
    BOLD_UNDERSCORE,
    ITALIC_STAR,
    ITALIC_UNDERSCORE,
    STRIKETHROUGH,
    ...(hasImages ? [IMAGE_INLINE] : []),
    SAFE_LINK,
  ];
  return list;
}

/** The node types an editor registers (its `_nodes` map is keyed by type). */
export function registeredTypes(editor: { _nodes: Map<string, unknown> }): ReadonlySet<string> {
  return new Set(editor._nodes.keys());
}
