import { $createCodeNode } from '@lexical/code';
import {
  INSERT_CHECK_LIST_COMMAND,
  INSERT_ORDERED_LIST_COMMAND,
  INSERT_UNORDERED_LIST_COMMAND,
  REMOVE_LIST_COMMAND,
} from '@lexical/list';
import { $createHeadingNode, $createQuoteNode } from '@lexical/rich-text';
import { $setBlocksType } from '@lexical/selection';
import { $createParagraphNode, $getSelection, $isRangeSelection, type ElementNode, type LexicalEditor } from 'lexical';
import type { BlockKind } from './toolbar-state';

const creators: Partial<Record<BlockKind, () => ElementNode>> = {
  paragraph: () => $createParagraphNode(),
  h1: () => $createHeadingNode('h1'),
  h2: () => $createHeadingNode('h2'),
  h3: () => $createHeadingNode('h3'),
  quote: () => $createQuoteNode(),
  code: () => $createCodeNode(),
};

/** Turns the selected blocks into `kind`; choosing the current list or style again goes back to normal text. */
export function setBlockKind(editor: LexicalEditor, kind: BlockKind, current: BlockKind): void {
  const listCommands = {
    bullet: INSERT_UNORDERED_LIST_COMMAND,
    number: INSERT_ORDERED_LIST_COMMAND,
    check: INSERT_CHECK_LIST_COMMAND,
  } as const;
  if (kind === 'bullet' || kind === 'number' || kind === 'check') {
    if (current === kind) editor.dispatchCommand(REMOVE_LIST_COMMAND, undefined);
    else editor.dispatchCommand(listCommands[kind], undefined);
    return;
  }
  const target = current === kind && kind !== 'paragraph' ? 'paragraph' : kind;
  editor.update(() => {
    const selection = $getSelection();
    if ($isRangeSelection(selection)) $setBlocksType(selection, creators[target]!);
  });
}
