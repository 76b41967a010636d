import type { Klass, LexicalNode } from 'lexical';
import { HeadingNode, QuoteNode } from '@lexical/rich-text';
import { ListItemNode, ListNode } from '@lexical/list';
import { AutoLinkNode, LinkNode } from '@lexical/link';
import { CodeHighlightNode, CodeNode } from '@lexical/code';
import { TableCellNode, TableNode, TableRowNode } from '@lexical/table';
import { ImageNode } from './image-node';

/**
 * The node types a Branchline document may hold. The editor and the server (which writes a
 * new document's initial content) register the same list, so both read and write one schema.
 */
export const documentNodes: ReadonlyArray<Klass<LexicalNode>> = [
  HeadingNode,
  QuoteNode,
  ListNode,
  ListItemNode,
  LinkNode,
  AutoLinkNode,
  CodeNode,
  CodeHighlightNode,
  // Tables (cells carry `headerState`) and images (image-node.ts: `{ src, altText, width?, height? }`).
  TableNode,
  TableRowNode,
  TableCellNode,
  ImageNode,
];

/** The Yjs shared type that holds a document's content (CollaborationPluginV2's default root). */
export const DOCUMENT_ROOT_NAME = 'root-v2';
