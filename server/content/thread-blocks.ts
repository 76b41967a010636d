import type { BlockNode, InlineNode, ListItemNode } from '../../shared/forum/post-body';
import type { PostView } from '../../shared/forum/forum-rooms';
import type { DocumentMeta } from '../../shared/api/schemas';
import { THREAD_DOCUMENTS_TYPE, type ThreadDocument } from '../../shared/forum/thread-documents';
import type { Rooms } from '../sync/rooms';
import type { Block, Inline } from './blocks';

/** Lexical's text format bits that a document keeps from a post (others are dropped with the post's styling). */
const BOLD = 1;
const ITALIC = 2;

function inline(nodes: readonly InlineNode[]): Inline[] {
  const out: Inline[] = [];
  for (const node of nodes) {
    if (node.type === 'linebreak' || node.type === 'tab') out.push(' ');
    else if (node.type === 'link' || node.type === 'autolink') {
      const text = plain(node.children);
      if (text) out.push({ text, link: node.url });
    } else if ('text' in node && node.text) {
      const bold = (node.format & BOLD) !== 0;
      const italic = (node.format & ITALIC) !== 0;
      out.push(
        bold || italic ? { text: node.text, ...(bold && { bold: true }), ...(italic && { italic: true }) } : node.text,
      );
    }
  }
  return out;
}

function plain(nodes: readonly InlineNode[]): string {
  return inline(nodes)
    .map((part) => (typeof part === 'string' ? part : part.text))
    .join('');
}

/** A list's items as plain lines, nested lists flattened under their parent. */
function items(list: Extract<BlockNode, { type: 'list' }>): string[] {
  return list.children.flatMap((item: ListItemNode) => {
    const own = item.children.filter((child): child is InlineNode => child.type !== 'list');
    const nested = item.children.filter((child) => child.type === 'list');
    return [plain(own), ...nested.flatMap(items)].filter((line) => line.trim() !== '');
  });
}

function block(node: BlockNode): Block | null {
  switch (node.type) {
    case 'paragraph':
      return { type: 'paragraph', content: inline(node.children) };
    case 'heading':
      return {
        type: 'heading',
        level: Math.min(3, Number(node.tag.slice(1))) as 1 | 2 | 3,
        text: plain(node.children),
      };
    case 'quote':
      return { type: 'quote', text: plain(node.children) };
    case 'code':
      return { type: 'paragraph', content: [plain(node.children)] };
    case 'list': {
      const lines = items(node);
      if (lines.length === 0) return null;
      return {
        type: node.listType === 'bullet' ? 'bullets' : node.listType === 'number' ? 'numbers' : 'checks',
        items: lines,
      };
    }
  }
}

/**
 * A thread as the start of a document: each post that is still shown (not deleted, not
 * hidden), in order, under a line naming its author and day, its blocks kept (headings,
 * quotes, lists, links, bold and italic; mentions as their text). What was hidden or deleted
 * never reaches the document.
 */
export function threadBlocks(
  posts: readonly PostView[],
  nameOf: (userId: string) => string,
  source?: { title: string },
): Block[] {
  const blocks: Block[] = [];
  // Where it came from: the thread keeps the link the other way (recordThreadDocument).
  if (source)
    blocks.push({ type: 'paragraph', content: [{ text: `From the discussion “${source.title}”`, italic: true }] });
  for (const post of posts) {
    if (post.deleted || post.hidden || !post.body) continue;
    blocks.push({
      type: 'paragraph',
      content: [{ text: `${nameOf(post.authorId)}, ${post.createdAt.slice(0, 10)}`, bold: true }],
    });
    for (const node of post.body.root.children) {
      const made = block(node);
      if (made) blocks.push(made);
    }
  }
  return blocks;
}

/** Notes on the thread (its room, written by the server alone) that this document was made from it. */
export async function recordThreadDocument(
  rooms: Rooms,
  threadRoomName: string,
  document: Pick<DocumentMeta, 'id' | 'title' | 'createdAt' | 'createdBy'>,
): Promise<void> {
  const entry: ThreadDocument = { title: document.title, createdAt: document.createdAt, createdBy: document.createdBy };
  await rooms.change(threadRoomName, (doc) => doc.getMap<unknown>(THREAD_DOCUMENTS_TYPE).set(document.id, entry));
}
