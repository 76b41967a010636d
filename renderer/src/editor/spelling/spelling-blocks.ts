import { $isCodeNode } from '@lexical/code';
import {
  $getRoot,
  $isElementNode,
  $isLineBreakNode,
  $isRootOrShadowRoot,
  $isTextNode,
  type ElementNode,
  type LexicalNode,
  type NodeKey,
} from 'lexical';

/**
 * What spell-checking reads of the document: its text blocks (paragraphs, headings, list items,
 * quotes, table cells' paragraphs: elements that hold text but no other block), each as one
 * string and the text nodes it came from, so a word found in the string can be marked (or
 * selected) in the nodes, even across a change of formatting ("spel**ling**").
 */
export type TextSegment = { key: NodeKey; start: number; length: number };
export type BlockText = { text: string; segments: TextSegment[] };

function isBlock(node: LexicalNode): node is ElementNode {
  return $isElementNode(node) && !node.isInline() && !$isRootOrShadowRoot(node);
}

/** An element that holds text directly and no other block. Code blocks are not prose: never checked. */
export function $isTextBlock(node: LexicalNode): node is ElementNode {
  return isBlock(node) && !$isCodeNode(node) && !node.getChildren().some(isBlock);
}

/** The text block a changed node belongs to, if any. */
export function $textBlockOf(node: LexicalNode): ElementNode | null {
  let at: LexicalNode | null = node;
  while (at && !$isRootOrShadowRoot(at)) {
    if ($isTextBlock(at)) return at;
    if (isBlock(at)) return null;
    at = at.getParent();
  }
  return null;
}

/** Every text block, in document order. */
export function $textBlocks(): ElementNode[] {
  const found: ElementNode[] = [];
  const visit = (node: ElementNode) => {
    for (const child of node.getChildren()) {
      if (!$isElementNode(child) || child.isInline()) continue;
      if ($isTextBlock(child)) found.push(child);
      else visit(child);
    }
  };
  visit($getRoot());
  return found;
}

export function $blockText(block: ElementNode): BlockText {
  let text = '';
  const segments: TextSegment[] = [];
  const visit = (node: ElementNode) => {
    for (const child of node.getChildren()) {
      if ($isTextNode(child)) {
        const content = child.getTextContent();
        // Inline code is not prose either: kept as spaces, so offsets stay right and no word is found in it.
        const shown = child.hasFormat('code') ? ' '.repeat(content.length) : content;
        segments.push({ key: child.getKey(), start: text.length, length: content.length });
        text += shown;
      } else if ($isLineBreakNode(child)) text += '\n';
      else if ($isElementNode(child)) visit(child);
      else text += ' ';
    }
  };
  visit(block);
  return { text, segments };
}

/** Where an offset of the block's string is: a text node and an offset in it (the end of a node, not the next one's start). */
export function pointAt(
  segments: readonly TextSegment[],
  offset: number,
  atEnd: boolean,
): { key: NodeKey; offset: number } | null {
  for (const segment of segments) {
    const end = segment.start + segment.length;
    if (offset >= segment.start && (atEnd ? offset <= end : offset < end))
      return { key: segment.key, offset: offset - segment.start };
  }
  return null;
}
