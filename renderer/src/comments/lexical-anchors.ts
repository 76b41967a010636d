import { createDOMRange } from '@lexical/selection';
import {
  $createRangeSelectionFromDom,
  $getRoot,
  $isElementNode,
  $isRangeSelection,
  $isTextNode,
  type ElementNode,
  type LexicalEditor,
  type LexicalNode,
  type PointType,
} from 'lexical';
import * as Y from 'yjs';
import { encodePosition, pathOf, resolvePosition } from '../../../shared/comments/anchors';
import { CommentQuote } from '../../../shared/comments/comment-rooms';

/**
 * Between Lexical's points and a comment's anchor (Yjs relative positions, shared/comments/anchors.ts).
 * CollaborationPluginV2 keeps one Y type per Lexical node (an XmlElement per element, one XmlText
 * per run of adjacent text nodes) and does not hand out its binding, so the two trees are walked
 * side by side: a child's place in the Y tree is its place among its parent's children with each
 * text run counted once. Run inside `editor.read` / `editor.update`; they return null whenever the
 * two trees do not match (the editor has not yet taken a change the Y document already has).
 */

type Run = LexicalNode | LexicalNode[];

/**
 * An element's children as the Y tree has them (each run of adjacent text nodes as one), and each
 * child's run index. Kept per element version: Lexical clones an element whenever its children
 * change, so a cached answer for the same object still holds (a long document is not walked
 * again per thread per keystroke).
 */
const runsCache = new WeakMap<ElementNode, { runs: Run[]; runOf: Map<string, number> }>();

function runsAndIndexes(parent: ElementNode): { runs: Run[]; runOf: Map<string, number> } {
  const cached = runsCache.get(parent);
  if (cached) return cached;
  const runs: Run[] = [];
  const runOf = new Map<string, number>();
  for (const child of parent.getChildren()) {
    const last = runs[runs.length - 1];
    if ($isTextNode(child) && Array.isArray(last)) last.push(child);
    else runs.push($isTextNode(child) ? [child] : child);
    runOf.set(child.getKey(), runs.length - 1);
  }
  const made = { runs, runOf };
  runsCache.set(parent, made);
  return made;
}

const runsOf = (parent: ElementNode): Run[] => runsAndIndexes(parent).runs;

/** The runs before the gap at Lexical child `index` (a child's run index, when it starts one). */
function runIndexOf(parent: ElementNode, index: number): number {
  const child = parent.getChildAtIndex(index);
  const { runs, runOf } = runsAndIndexes(parent);
  if (!child) return runs.length;
  const run = runOf.get(child.getKey()) ?? runs.length;
  // Inside a run of text (the child before it is text too): the gap falls after that run.
  return index > 0 && $isTextNode(child) && $isTextNode(parent.getChildAtIndex(index - 1)) ? run + 1 : run;
}

function yElementOf(root: Y.XmlElement, element: ElementNode): Y.XmlElement | null {
  const path: number[] = [];
  let node: ElementNode = element;
  for (let parent = node.getParent(); parent !== null; parent = node.getParent()) {
    const run = runsAndIndexes(parent).runOf.get(node.getKey());
    if (run === undefined) return null;
    path.unshift(run);
    node = parent;
  }
  let type: Y.XmlElement = root;
  for (const index of path) {
    const child = type.get(index);
    if (!(child instanceof Y.XmlElement)) return null;
    type = child;
  }
  return type;
}

function relativeOf(root: Y.XmlElement, point: PointType, assoc: number): Y.RelativePosition | null {
  const node = point.getNode();
  if (point.type === 'text' && $isTextNode(node)) {
    const parent = node.getParent();
    if (!parent) return null;
    const yParent = yElementOf(root, parent);
    const { runs, runOf } = runsAndIndexes(parent);
    const runIndex = runOf.get(node.getKey());
    const run = runIndex === undefined ? undefined : runs[runIndex];
    const text = runIndex === undefined ? undefined : yParent?.get(runIndex);
    if (!Array.isArray(run) || !(text instanceof Y.XmlText)) return null;
    let offset = point.offset;
    for (const before of run) {
      if (before.getKey() === node.getKey()) break;
      offset += before.getTextContentSize();
    }
    return Y.createRelativePositionFromTypeIndex(text, offset, assoc);
  }
  if ($isElementNode(node)) {
    const yElement = yElementOf(root, node);
    return yElement && Y.createRelativePositionFromTypeIndex(yElement, runIndexOf(node, point.offset), assoc);
  }
  return null;
}

export type SelectionAnchor = { anchor: string; focus: string; quote: string };

/**
 * A selection as a comment's anchor (start, end, the words): null when nothing is selected or it
 * cannot be placed. The DOM's selection is read (through Lexical) rather than the editor state's,
 * as a read-only editor (an observer's) keeps no selection of its own.
 */
export function $selectionAnchor(
  editor: LexicalEditor,
  root: Y.XmlElement,
  dom: Selection | null,
): SelectionAnchor | null {
  const selection = $createRangeSelectionFromDom(dom, editor);
  if (!$isRangeSelection(selection) || selection.isCollapsed()) return null;
  const [start, end] = selection.isBackward()
    ? [selection.focus, selection.anchor]
    : [selection.anchor, selection.focus];
  // Text typed at either edge stays outside: the start keeps to what follows it, the end to what precedes it.
  const anchor = relativeOf(root, start, 0);
  const focus = relativeOf(root, end, -1);
  const quote = selection.getTextContent().trim();
  if (!anchor || !focus || quote === '') return null;
  return {
    anchor: encodePosition(anchor),
    focus: encodePosition(focus),
    quote: quote.slice(0, CommentQuote.maxLength ?? 1000),
  };
}

type LexicalPoint = { node: LexicalNode; offset: number };

function lexicalPointOf(doc: Y.Doc, root: Y.XmlElement, encoded: string): LexicalPoint | null {
  const position = resolvePosition(doc, encoded);
  if (!position) return null;
  const path = pathOf(root, position.type);
  if (!path) return null;
  const inText = position.type instanceof Y.XmlText;
  let element: ElementNode = $getRoot();
  for (const index of inText ? path.slice(0, -1) : path) {
    const run = runsOf(element)[index];
    if (!run || Array.isArray(run) || !$isElementNode(run)) return null;
    element = run;
  }
  if (inText) {
    const run = runsOf(element)[path[path.length - 1]!];
    if (!Array.isArray(run)) return null;
    let offset = position.index;
    for (const [i, text] of run.entries()) {
      const size = text.getTextContentSize();
      if (offset <= size || i === run.length - 1) return { node: text, offset: Math.min(offset, size) };
      offset -= size;
    }
    return null;
  }
  // Between an element's children: the Lexical child index after `index` runs.
  const runs = runsOf(element).slice(0, position.index);
  return { node: element, offset: runs.reduce((count, run) => count + (Array.isArray(run) ? run.length : 1), 0) };
}

/** The DOM range a thread's anchor covers now; null when it cannot be placed, or its words are gone. */
export function $anchorRange(
  editor: LexicalEditor,
  doc: Y.Doc,
  root: Y.XmlElement,
  anchor: string,
  focus: string,
): Range | null {
  const start = lexicalPointOf(doc, root, anchor);
  const end = lexicalPointOf(doc, root, focus);
  if (!start || !end) return null;
  const range = createDOMRange(editor, start.node, start.offset, end.node, end.offset);
  return range && !range.collapsed && range.toString().trim() !== '' ? range : null;
}
