import { fromBase64, toBase64 } from 'lib0/buffer';
import * as Y from 'yjs';

/**
 * A comment's anchor: two Yjs relative positions into the document's content (the `root-v2`
 * XmlElement tree CollaborationPluginV2 keeps), encoded as base64 to travel and be stored.
 * A relative position names the item it sits beside, not an index, so it stays with its words
 * as text is typed or deleted before, inside or after the passage.
 *
 * The tree is Lexical's, one Y type per node: an ElementNode is an XmlElement named by its type;
 * a run of adjacent TextNodes is one XmlText (each node a formatted part of its delta).
 */

export function encodePosition(position: Y.RelativePosition): string {
  return toBase64(Y.encodeRelativePosition(position));
}

/** Null when the text is not a position (it was validated as base64 only). */
export function decodePosition(encoded: string): Y.RelativePosition | null {
  try {
    return Y.decodeRelativePosition(fromBase64(encoded));
  } catch {
    return null;
  }
}

/** Where a position is now: a Y type and an index into it; null when it cannot be read or is not in this document. */
export function resolvePosition(doc: Y.Doc, encoded: string): Y.AbsolutePosition | null {
  const relative = decodePosition(encoded);
  if (!relative) return null;
  try {
    return Y.createAbsolutePositionFromRelativePosition(relative, doc);
  } catch {
    return null;
  }
}

/** The child indices from the root down to `type` (null when `type` is not under `root`). */
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- Yjs types its parents loosely
export function pathOf(root: Y.XmlElement, type: Y.AbstractType<any>): number[] | null {
  const path: number[] = [];
  let current: unknown = type;
  while (current && current !== root) {
    const parent: unknown = (current as Y.XmlElement).parent;
    if (!(parent instanceof Y.XmlElement)) return null;
    const index = parent.toArray().indexOf(current as Y.XmlElement | Y.XmlText);
    if (index < 0) return null;
    path.unshift(index);
    current = parent;
  }
  return current === root ? path : null;
}

/**
 * Whether a thread's words are all gone: its two positions now meet at one place. (Cheap enough
 * for every keystroke, unlike reading the text between them.)
 */
export function anchorCollapsed(doc: Y.Doc, anchor: string, focus: string): boolean {
  const start = resolvePosition(doc, anchor);
  const end = resolvePosition(doc, focus);
  return !!start && !!end && start.type === end.type && start.index >= end.index;
}

/**
 * The text of the document between two positions, in document order (blocks separated by
 * "\n"); empty when the passage was deleted; null when either position does not resolve.
 */
export function anchoredText(doc: Y.Doc, root: Y.XmlElement, anchor: string, focus: string): string | null {
  const start = resolvePosition(doc, anchor);
  const end = resolvePosition(doc, focus);
  if (!start || !end) return null;
  const flat = flatten(root);
  const from = flat.offsetOf(start);
  const to = flat.offsetOf(end);
  if (from === null || to === null) return null;
  return flat.text.slice(Math.min(from, to), Math.max(from, to));
}

/** The tree's text in one string, and where each Y type and each gap between an element's children starts in it. */
function flatten(root: Y.XmlElement): { text: string; offsetOf(position: Y.AbsolutePosition): number | null } {
  let text = '';
  const textStarts = new Map<Y.XmlText, number>();
  const gaps = new Map<Y.XmlElement, number[]>();
  const walk = (element: Y.XmlElement) => {
    const children = element.toArray();
    const at: number[] = [];
    children.forEach((child, index) => {
      at[index] = text.length;
      if (child instanceof Y.XmlText) {
        textStarts.set(child, text.length);
        for (const part of child.toDelta() as Array<{ insert: unknown }>)
          if (typeof part.insert === 'string') text += part.insert;
      } else if (child instanceof Y.XmlElement) {
        // A block after another starts on a new line.
        if (text.length > 0 && !text.endsWith('\n') && element === root) text += '\n';
        at[index] = text.length;
        walk(child);
      }
    });
    at[children.length] = text.length;
    gaps.set(element, at);
  };
  walk(root);
  return {
    text,
    offsetOf(position) {
      if (position.type instanceof Y.XmlText) {
        const start = textStarts.get(position.type);
        return start === undefined ? null : start + position.index;
      }
      if (position.type instanceof Y.XmlElement) {
        const at = gaps.get(position.type);
        return at?.[Math.min(position.index, at.length - 1)] ?? null;
      }
      return null;
    },
  };
}
