import { test, expect } from './support/fixtures';
import { caretAtEnd, expectEveryBlockType, writeEveryBlockType } from './support/editor-actions';
import { documentBlocks, editor, startDocumentTogether } from './support/person-actions';

test('Markdown typed by one person formats the text for both, and one undo takes a shortcut back to what was typed', async ({
  alysDevice,
  samDevice,
}) => {
  const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, 'Reading offer: plan');

  // Alys types a heading the Markdown way; Sam sees a level 2 heading, not the hashes.
  await caretAtEnd(alys);
  await alys.keyboard.type('## Plan');
  await expect(editor(sam).locator('h2')).toHaveText('Plan');
  await expect(editor(alys).locator('h2')).toHaveText('Plan');

  // Four hashes are not a heading the toolbar offers, so they stay text.
  await alys.keyboard.press('Enter');
  await alys.keyboard.type('#### not a heading');
  await expect(editor(sam)).toContainText('#### not a heading');
  await expect(editor(sam).locator('h4')).toHaveCount(0);

  // An unsafe link target stays as typed text; nothing becomes a link.
  await alys.keyboard.press('Enter');
  await alys.keyboard.type('[x](javascript:alert(1))');
  await expect(editor(sam)).toContainText('[x](javascript:alert(1))');
  await expect(editor(sam).locator('a')).toHaveCount(0);

  // Undo takes a shortcut back as one step, as in a word processor: the quote is the "> " that was typed again.
  await alys.keyboard.press('Enter');
  const typedSoFar = (await documentBlocks(alys)).slice(0, -1);
  await alys.keyboard.type('> ');
  await expect(editor(sam).locator('blockquote')).toHaveCount(1);
  await alys.keyboard.press('ControlOrMeta+z');
  for (const page of [alys, sam]) {
    await expect(editor(page).locator('blockquote')).toHaveCount(0);
    await expect.poll(() => documentBlocks(page)).toEqual([...typedSoFar, '>']);
  }
  // Redo makes it a quote again, for both.
  await alys.keyboard.press('ControlOrMeta+Shift+z');
  await expect(editor(sam).locator('blockquote')).toHaveCount(1);
  await alys.keyboard.press('ControlOrMeta+z');
  await expect(editor(sam).locator('blockquote')).toHaveCount(0);
  await caretAtEnd(alys);
  await alys.keyboard.press('Backspace');
  await alys.keyboard.press('Backspace');
  await expect.poll(() => documentBlocks(sam)).toEqual([...typedSoFar, '']);

  // Sam writes every other kind of block and mark in Markdown; Alys sees each as it should be.
  await writeEveryBlockType(sam);
  await expectEveryBlockType(alys);
  await expectEveryBlockType(sam);
});
