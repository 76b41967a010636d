import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type LexicalNode } from 'lexical';
import { headlessDocumentEditor, yjsFromEditor } from '../../shared/editor/headless-document';
import type { Block, Inline } from './blocks';

function $inline(item: Inline): LexicalNode {
  if (typeof item === 'string') return $createTextNode(item);
  const text = $createTextNode(item.text);
  if (item.bold) text.toggleFormat('bold');
  if (item.italic) text.toggleFormat('italic');
  if (!item.link) return text;
  const link = $createLinkNode(item.link);
  link.append(text);
  return link;
}

function $block(block: Block): ElementNode {
  switch (block.type) {
    case 'heading':
      return $createHeadingNode(`h${block.level}`).append($createTextNode(block.text));
    case 'paragraph':
      return $createParagraphNode().append(...block.content.map($inline));
    case 'quote':
      return $createQuoteNode().append($createTextNode(block.text));
    case 'bullets':
    case 'numbers':
    case 'checks': {
      const list = $createListNode(block.type === 'bullets' ? 'bullet' : block.type === 'numbers' ? 'number' : 'check');
      for (const item of block.items)
        list.append($createListItemNode(block.type === 'checks' ? false : undefined).append($createTextNode(item)));
      return list;
    }
  }
}

/**
 * Returns a Yjs update holding the blocks as a document's content (one empty paragraph when none).
 * The server writes a document's first content (clients never bootstrap it), through the binding
 * the editor uses, so the structure is exactly what CollaborationPluginV2 expects.
 */
export function documentContentUpdate(blocks: Block[]): Uint8Array {
  return yjsFromEditor(headlessDocumentEditor('branchline-server'), (editor) =>
    editor.update(
      () => {
        const root = $getRoot();
        root.clear();
        root.append(...(blocks.length > 0 ? blocks.map($block) : [$createParagraphNode()]));
      },
      { discrete: true },
    ),
  );
}
