import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME } from '../../../shared/editor/nodes';

/**
 * A document's text, block by block, read straight from the Yjs structure Lexical's
 * binding (CollaborationPluginV2) writes: one `XmlElement` per Lexical element (paragraph,
 * heading, quote, list, list item, link…) and one `XmlText` per run of sibling text nodes.
 * A block is the text directly inside one element, with inline elements' text (links) read
 * into it; an element inside another (a list's items, a nested list) is a block of its own.
 * No editor is built: walking the structure costs less than Yjs decoding the document does.
 */

/** Elements whose text belongs to the block around them. */
const INLINE = new Set(['link', 'autolink', 'mark', 'hashtag']);
/** Elements that stand for a line break inside a block. */
const BREAKS = new Set(['linebreak']);

function textOf(text: Y.XmlText): string {
  let out = '';
  for (const piece of text.toDelta() as Array<{ insert?: unknown }>)
    if (typeof piece.insert === 'string') out += piece.insert;
  return out;
}

function inlineText(element: Y.XmlElement): string {
  let out = '';
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) out += textOf(child);
    else if (child instanceof Y.XmlElement) out += BREAKS.has(child.nodeName) ? '\n' : inlineText(child);
  }
  return out;
}

function collect(element: Y.XmlElement | Y.XmlFragment, blocks: string[]): void {
  let current = '';
  const flush = () => {
    if (current.trim().length > 0) blocks.push(current.trim());
    current = '';
  };
  for (const child of element.toArray()) {
    if (child instanceof Y.XmlText) current += textOf(child);
    else if (child instanceof Y.XmlElement) {
      if (BREAKS.has(child.nodeName)) current += '\n';
      else if (INLINE.has(child.nodeName)) current += inlineText(child);
      else {
        flush();
        collect(child, blocks);
      }
    }
  }
  flush();
}

/** The document's blocks in order, each its plain text; empty blocks are left out. */
export function documentBlocks(doc: Y.Doc): string[] {
  const blocks: string[] = [];
  collect(doc.get(DOCUMENT_ROOT_NAME, Y.XmlElement) as Y.XmlElement, blocks);
  return blocks;
}
