import { test, expect } from './support/fixtures';
import { editor, expectWritable, startDocumentTogether, typeAtEnd } from './support/person-actions';

test('two people co-write one document and see each other’s named cursors', async ({ alysDevice, samDevice }) => {
  const title = 'Summer Reading Challenge: regional plan';
  const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, title);

  await typeAtEnd(alys, 'Alys: book the author visits.');
  await expect(editor(sam)).toContainText('Alys: book the author visits.');

  await typeAtEnd(sam, ' Sam: order the stickers.');
  await expect(editor(alys)).toContainText('Sam: order the stickers.');
  await expect(editor(sam)).toContainText('Alys: book the author visits. Sam: order the stickers.');

  // Each sees the other in the document and the other's named caret in the text.
  await expect(alys.getByTestId('presence')).toContainText('Sam Okafor');
  await expect(sam.getByTestId('presence')).toContainText('Alys Pritchard');
  await expect(alys.getByTestId('remote-cursors').getByText('Sam Okafor')).toBeAttached();
  await editor(alys).click();
  await expect(sam.getByTestId('remote-cursors').getByText('Alys Pritchard')).toBeAttached();

  // Undo is per person: Sam's undo takes back Sam's words only, for both of them; redo restores them.
  await expectWritable(sam);
  await editor(sam).click();
  await sam.keyboard.press('ControlOrMeta+z');
  for (const page of [sam, alys]) {
    await expect(editor(page)).not.toContainText('Sam: order the stickers.');
    await expect(editor(page)).toContainText('Alys: book the author visits.');
  }
  await sam.keyboard.press('ControlOrMeta+Shift+z');
  await expect(editor(alys)).toContainText('Alys: book the author visits. Sam: order the stickers.');
});
