import {
  $deleteTableColumnAtSelection,
  $deleteTableRowAtSelection,
  $findTableNode,
  $getTableCellNodeFromLexicalNode,
  $insertTableColumnAtSelection,
  $insertTableRowAtSelection,
  $isTableCellNode,
  $isTableSelection,
  $setTableRowIsHeader,
  TableCellHeaderStates,
  type TableCellNode,
} from '@lexical/table';
import { $getSelection, $isRangeSelection, type ElementNode } from 'lexical';

export type TableAction =
  | 'rowAbove'
  | 'rowBelow'
  | 'columnLeft'
  | 'columnRight'
  | 'deleteRow'
  | 'deleteColumn'
  | 'toggleHeaderRow'
  | 'deleteTable';

export const TABLE_ACTIONS: readonly TableAction[] = [
  'rowAbove',
  'rowBelow',
  'columnLeft',
  'columnRight',
  'deleteRow',
  'deleteColumn',
  'toggleHeaderRow',
  'deleteTable',
];

/** The table cell the caret (or a table selection's focus) is in, if any. Call inside a read or update. */
export function $selectedCell(): TableCellNode | null {
  const selection = $getSelection();
  if ($isRangeSelection(selection)) return $getTableCellNodeFromLexicalNode(selection.anchor.getNode());
  if ($isTableSelection(selection)) {
    const node = selection.focus.getNode();
    return $isTableCellNode(node) ? node : $getTableCellNodeFromLexicalNode(node);
  }
  return null;
}

/** Does `action` to the table around the selection. Call inside an update. */
export function $runTableAction(action: TableAction): void {
  const cell = $selectedCell();
  const table = cell && $findTableNode(cell);
  if (!cell || !table) return;
  switch (action) {
    case 'rowAbove':
    case 'rowBelow':
      $insertTableRowAtSelection(action === 'rowBelow');
      return;
    case 'columnLeft':
    case 'columnRight':
      $insertTableColumnAtSelection(action === 'columnRight');
      return;
    case 'deleteRow':
      $deleteTableRowAtSelection();
      return;
    case 'deleteColumn':
      $deleteTableColumnAtSelection();
      return;
    case 'toggleHeaderRow': {
      // The header row is the table's first row, whichever row the caret is in.
      const firstCell = table.getFirstChild<ElementNode>()?.getFirstChild();
      const isHeader = $isTableCellNode(firstCell) && (firstCell.getHeaderStyles() & TableCellHeaderStates.ROW) !== 0;
      $setTableRowIsHeader(table, 0, !isHeader);
      return;
    }
    case 'deleteTable':
      table.selectPrevious();
      table.remove();
      return;
  }
}
