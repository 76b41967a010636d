import {
  $createTableNodeWithDimensions,
  $isTableNode,
  TableCellHeaderStates,
  type TableCellNode,
} from '@lexical/table';
import { $createParagraphNode, $getRoot, type ElementNode, type LexicalEditor } from 'lexical';
import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { $createImageNode, $isImageNode, imageSrc } from '../../shared/editor/image-node';
import { bindToYjs, headlessDocumentEditor } from '../../shared/editor/headless-document';
import { documentContentUpdate } from './initial-content';

const HASH = 'a'.repeat(64);

/** An editor bound to `doc` the way CollaborationPluginV2 binds one, both ways. */
function boundEditor(doc: Y.Doc, id: string): LexicalEditor {
  const editor = headlessDocumentEditor(id);
  bindToYjs(editor, doc, { read: true });
  return editor;
}

describe('tables and images in a document room', () => {
  it('the server still writes initial content with the media nodes registered', () => {
    const update = documentContentUpdate([{ type: 'heading', level: 1, text: 'Plan' }]);
    const doc = new Y.Doc();
    Y.applyUpdate(doc, update);
    const reader = boundEditor(doc, 'reader');
    expect(reader.getEditorState().read(() => $getRoot().getTextContent())).toBe('Plan');
  });

  it('a table with a header row and an image reach a second editor through Yjs, with the fixed image JSON', () => {
    const writerDoc = new Y.Doc();
    const writer = boundEditor(writerDoc, 'writer');
    writer.update(
      () => {
        const table = $createTableNodeWithDimensions(3, 2, { rows: true, columns: false });
        const image = $createImageNode({ src: imageSrc(HASH), altText: 'Our reading garden', width: 320 });
        $getRoot().clear().append(table, $createParagraphNode().append(image));
      },
      { discrete: true },
    );
    const readerDoc = new Y.Doc();
    Y.applyUpdate(readerDoc, Y.encodeStateAsUpdate(writerDoc));
    const reader = boundEditor(readerDoc, 'reader');
    const seen = reader.getEditorState().read(() => {
      const [table, paragraph] = $getRoot().getChildren();
      if (!$isTableNode(table)) throw new Error('no table');
      const rows = table.getChildren<ElementNode>();
      const image = (paragraph as ElementNode).getFirstChild();
      return {
        rows: rows.length,
        columns: rows[0]!.getChildren().length,
        headerRow: rows[0]!.getChildren<TableCellNode>().map((cell) => cell.getHeaderStyles()),
        bodyRow: rows[1]!.getChildren<TableCellNode>().map((cell) => cell.getHeaderStyles()),
        image: $isImageNode(image) ? image.exportJSON() : null,
      };
    });
    expect(seen.rows).toBe(3);
    expect(seen.columns).toBe(2);
    expect(seen.headerRow).toEqual([TableCellHeaderStates.ROW, TableCellHeaderStates.ROW]);
    expect(seen.bodyRow).toEqual([TableCellHeaderStates.NO_STATUS, TableCellHeaderStates.NO_STATUS]);
    expect(seen.image).toEqual({
      type: 'image',
      version: 1,
      src: `branchline-image:${HASH}`,
      altText: 'Our reading garden',
      width: 320,
    });

    // An edit to the alt text (made later, by someone else) arrives too.
    reader.update(
      () => {
        const image = ($getRoot().getLastChild() as ElementNode).getFirstChild();
        if ($isImageNode(image)) image.setAltText('The reading garden in June');
      },
      { discrete: true },
    );
    Y.applyUpdate(writerDoc, Y.encodeStateAsUpdate(readerDoc));
    const thirdDoc = new Y.Doc();
    Y.applyUpdate(thirdDoc, Y.encodeStateAsUpdate(writerDoc));
    const altText = boundEditor(thirdDoc, 'third')
      .getEditorState()
      .read(() => {
        const image = ($getRoot().getLastChild() as ElementNode).getFirstChild();
        return $isImageNode(image) ? image.getAltText() : null;
      });
    expect(altText).toBe('The reading garden in June');
  });
});
