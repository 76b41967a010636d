import { createHeadlessEditor } from '@lexical/headless';
import { $createLinkNode } from '@lexical/link';
import { $createListItemNode, $createListNode } from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { createBindingV2__EXPERIMENTAL, syncLexicalUpdateToYjsV2__EXPERIMENTAL, type Provider } from '@lexical/yjs';
import { $createParagraphNode, $createTextNode, $getRoot, type ElementNode, type LexicalNode } from 'lexical';
import { Awareness } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME, documentNodes } from '../../shared/editor/nodes';
import type { Block, Inline } from './blocks';

/**
 * The server writes a document's first content (clients never bootstrap it). It does so
 * through the same Lexical→Yjs binding the editor uses, so the structure is exactly what
 * CollaborationPluginV2 expects. The binding wants a provider only for awareness.
 */
export function headlessProvider(doc: Y.Doc): Provider {
  const awareness = new Awareness(doc);
  doc.on('destroy', () => awareness.destroy());
  return {
    awareness,
    connect: () => undefined,
    disconnect: () => undefined,
    on: () => undefined,
    off: () => undefined,
  } as unknown as Provider;
}

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

/** Returns a Yjs update holding the blocks as a document's content (one empty paragraph when none). */
export function documentContentUpdate(blocks: Block[]): Uint8Array {
  const doc = new Y.Doc();
  const provider = headlessProvider(doc);
  const editor = createHeadlessEditor({
    namespace: 'branchline-server',
    nodes: [...documentNodes],
    onError: (error) => {
      throw error;
    },
  });
  const binding = createBindingV2__EXPERIMENTAL(editor, 'initial', doc, new Map([['initial', doc]]), {
    rootName: DOCUMENT_ROOT_NAME,
  });
  const stop = editor.registerUpdateListener(
    ({ prevEditorState, editorState, dirtyElements, dirtyLeaves, normalizedNodes, tags }) =>
      syncLexicalUpdateToYjsV2__EXPERIMENTAL(
        binding,
        provider,
        prevEditorState,
        editorState,
        dirtyElements,
        dirtyLeaves,
        normalizedNodes,
        tags,
      ),
  );
  editor.update(
    () => {
      const root = $getRoot();
      root.clear();
      const nodes = blocks.length > 0 ? blocks.map($block) : [$createParagraphNode()];
      root.append(...nodes);
    },
    { discrete: true },
  );
  stop();
  const update = Y.encodeStateAsUpdate(doc);
  doc.destroy();
  return update;
}
