import { test, expect } from './support/fixtures';
import { cy } from '../renderer/src/i18n/cy';
import { expectNoAxeViolations } from './support/axe';
import { switchLanguage } from './support/editor-actions';
import { exportByKeyboard } from './support/export-actions';
import {
  closeHistory,
  historySheet,
  nameVersion,
  openHistory,
  restoreVersion,
  versionAction,
  versionItem,
} from './support/history-actions';
import {
  editor,
  expectWritable,
  startDocumentTogether,
  startNewParagraphAndType,
  typeAtEnd,
} from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

test('a named version, changes shown with who made them, a restore both people receive, and a server restart', async ({
  network,
  alysDevice,
  samDevice,
}) => {
  const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, 'Summer Reading Challenge: board paper');
  await typeAtEnd(alys, 'Agreed plan for the summer draft');
  await expect(editor(sam)).toContainText('Agreed plan for the summer draft');

  await openHistory(alys);
  await nameVersion(alys, 'Sent to the board');
  await closeHistory(alys);

  // After the version: Alys takes a word out of her paragraph, and Sam adds a paragraph of his own.
  await editor(alys).click();
  await alys.keyboard.press('ControlOrMeta+End');
  for (let i = 0; i < ' draft'.length; i++) await alys.keyboard.press('Backspace');
  await expect(editor(sam)).not.toContainText('summer draft');
  await startNewParagraphAndType(sam, 'Sam added this later.');
  await expect(editor(alys)).toContainText('Sam added this later.');

  // What changed since: marked by more than colour, and named for screen readers.
  await openHistory(alys);
  await versionAction(alys, 'Sent to the board', 'history.showChanges');
  const changes = historySheet(alys).getByTestId('version-changes');
  await expect(changes.locator('ins')).toContainText('Inserted by Sam Okafor: Sam added this later.');
  await expect(changes.locator('del')).toContainText('Deleted by Alys Pritchard:  draft');
  await expectNoAxeViolations(alys, 'version changes');
  await historySheet(alys).getByRole('button', { name: 'Back to the versions' }).click();

  // The restore reaches both; Sam's later paragraph is kept in the version before the restore.
  await restoreVersion(alys, 'Sent to the board');
  for (const page of [alys, sam]) {
    await expect(editor(page)).toContainText('Agreed plan for the summer draft');
    await expect(editor(page)).not.toContainText('Sam added this later.');
  }
  // Sam is told why his paragraph left, and where it is kept.
  await expect(sam.getByRole('status').filter({ hasText: 'just restored by Alys Pritchard' })).toContainText(
    '“Before a restore”',
  );
  await versionAction(alys, 'Before a restore', 'history.view');
  await expect(historySheet(alys).getByTestId('version-content')).toContainText('Sam added this later.');
  // A version leaves the app as the document does: its own content, in any format.
  const { bytes } = await exportByKeyboard(alys, 'markdown', historySheet(alys));
  expect(bytes.toString('utf8')).toContain('Sam added this later.');
  await expectNoAxeViolations(alys, 'a version, read only');
  await historySheet(alys).getByRole('button', { name: 'Back to the versions' }).click();

  // Writing carries on after the restore, for both; the named version is the server's, and outlives its restart.
  await startNewParagraphAndType(sam, 'Sam wrote this after the restore.');
  await expect(editor(alys)).toContainText('Sam wrote this after the restore.');
  await network.restartServer();
  await versionAction(alys, 'Sent to the board', 'history.showChanges');
  await expect(changes.locator('ins', { hasText: 'Sam wrote this after the restore.' })).toContainText(
    'Inserted by Sam Okafor:',
  );
  await closeHistory(alys);

  // Sam sees the same list, live, with the named version marked; in Welsh at 1280 and 400 px nothing is left in English.
  await switchLanguage(sam, 'cy');
  // Back from settings, the document opens again: History is used once it has (a click while it mounted was lost in CI).
  await expectWritable(sam);
  for (const width of [1280, 400]) {
    await sam.setViewportSize({ width, height: 900 });
    await openHistory(sam, 'cy');
    await expect(versionItem(sam, 'Sent to the board', 'cy')).toContainText(cy['history.namedMark']);
    await expect(versionItem(sam, cy['history.kindBeforeRestore'], 'cy')).toBeVisible();
    await expectNoEnglish(sam, `history at ${width} px`);
    await expectNoAxeViolations(sam, `history in Welsh at ${width} px`);
    await sam.keyboard.press('Escape');
    await expect(historySheet(sam, 'cy')).toBeHidden();
  }
});
