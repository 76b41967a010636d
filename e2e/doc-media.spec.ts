import { cy } from '../renderer/src/i18n/cy';
import { en } from '../renderer/src/i18n/en';
import { readFileSync } from 'node:fs';
import { expectNoAxeViolations } from './support/axe';
import { switchLanguage } from './support/editor-actions';
import { expect, test } from './support/fixtures';
import {
  chooseImageFile,
  describeImage,
  expectImageShown,
  GIF_IMAGE,
  insertTableByKeyboard,
  insertToolbar,
  pasteHtml,
  pasteImageFile,
  PNG_IMAGE,
  tableCells,
  tableMenu,
} from './support/media-actions';
import { editor, startDocumentTogether } from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

/** What Word puts on the clipboard (a saved fixture, also read by the paste unit test). */
const WORD_CLIPBOARD = readFileSync(
  new URL('../renderer/src/editor/media/fixtures/word-clipboard.html', import.meta.url),
  'utf8',
);

test('a table: inserted by keyboard with a header row, a row and a column added, the header row turned off; seen by the other person; in Welsh at 1280 and 400 px', async ({
  alysDevice,
  samDevice,
}) => {
  const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, 'Branch visits');
  await insertTableByKeyboard(alys, 2, 2);
  // The caret is in the first cell.
  await alys.keyboard.type('Branch');
  await alys.keyboard.press('Tab');
  await alys.keyboard.type('Visits');
  await alys.keyboard.press('Tab');
  await alys.keyboard.type('Cardiff');
  expect(await tableCells(alys)).toEqual([
    ['th:Branch', 'th:Visits'],
    ['Cardiff', ''],
  ]);
  await tableMenu(alys, en['media.rowBelow']);
  // The caret is in the first column: the new one goes just right of it.
  await tableMenu(alys, en['media.columnRight']);
  // The new column's header is named (an empty header cell tells a screen reader nothing).
  await editor(alys).locator('th').nth(1).click();
  await alys.keyboard.type('Year');
  await expect
    .poll(() => tableCells(alys))
    .toEqual([
      ['th:Branch', 'th:Year', 'th:Visits'],
      ['Cardiff', '', ''],
      ['', '', ''],
    ]);
  await expect.poll(() => tableCells(sam)).toEqual(await tableCells(alys));
  await expectNoAxeViolations(alys, 'document with a table');

  await tableMenu(alys, en['media.toggleHeaderRow']);
  await expect
    .poll(() => tableCells(sam))
    .toEqual([
      ['Branch', 'Year', 'Visits'],
      ['Cardiff', '', ''],
      ['', '', ''],
    ]);

  await switchLanguage(alys, 'cy');
  for (const width of [1280, 400]) {
    await alys.setViewportSize({ width, height: 900 });
    await expect(insertToolbar(alys, cy['media.toolbar'])).toBeVisible();
    await expectNoEnglish(alys, `document with a table in Welsh at ${width} px`);
    await expectNoAxeViolations(alys, `document with a table in Welsh at ${width} px`);
  }
  await insertToolbar(alys, cy['media.toolbar']).getByRole('button', { name: cy['media.insertTable'] }).click();
  await expect(alys.getByRole('dialog', { name: cy['media.tableDialog'] })).toBeVisible();
  await expectNoEnglish(alys, 'insert table dialog in Welsh at 400 px');
  await expectNoAxeViolations(alys, 'insert table dialog in Welsh at 400 px');
});

test('images: one chosen from a file with its description; one pasted offline reaches the other person after reconnecting', async ({
  alysDevice,
  samDevice,
}) => {
  const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, 'Reading garden photos');
  await editor(alys).click();
  await chooseImageFile(alys, 'garden.png', 'image/png', PNG_IMAGE);
  await describeImage(alys, 'The reading garden in June');
  await expectImageShown(alys, 'The reading garden in June');
  await expectImageShown(sam, 'The reading garden in June');
  await expectNoAxeViolations(alys, 'document with an image');

  // Its description changed later, by keyboard: the other person's copy follows.
  await editor(alys).getByRole('button', { name: en['media.editAlt'] }).focus();
  await alys.keyboard.press('Enter');
  const edit = alys.getByRole('dialog', { name: en['media.altDialogEdit'] });
  await expect(edit.getByLabel(en['media.altText'])).toHaveValue('The reading garden in June');
  await alys.keyboard.press('ControlOrMeta+A');
  await alys.keyboard.type('Children reading in the garden');
  await alys.keyboard.press('Enter');
  await expect(edit).toHaveCount(0);
  await expectImageShown(sam, 'Children reading in the garden');

  alysDevice.goOffline();
  await editor(alys).click();
  await alys.keyboard.press('ControlOrMeta+End');
  await pasteImageFile(alys, 'storytime.gif', 'image/gif', GIF_IMAGE);
  await describeImage(alys, 'Storytime on the lawn');
  await expect(alys.getByText(en['media.queued'])).toBeVisible();
  await expectImageShown(alys, 'Storytime on the lawn');
  await expect(editor(sam).getByRole('img', { name: 'Storytime on the lawn' })).toHaveCount(0);

  alysDevice.goOnline();
  await expectImageShown(sam, 'Storytime on the lawn');

  // Pasted from Word: headings, nested lists, the table with its header row, and the picture inside the HTML.
  await editor(alys).click();
  await alys.keyboard.press('ControlOrMeta+End');
  await pasteHtml(alys, WORD_CLIPBOARD);
  await expect(editor(sam).getByRole('heading', { name: 'What we did' })).toBeVisible();
  await expect(editor(sam).locator('li li')).toHaveText('Under-fives on Tuesdays');
  await expect(editor(sam).locator('th').first()).toHaveText('Library');
  await expect(editor(sam).getByRole('link', { name: 'toolkit' })).toBeVisible();
  await expectImageShown(sam, 'Library logo');
});
