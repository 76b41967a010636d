import { expectNoAxeViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import { SHARED_SPACE } from './support/library-network';
import {
  backToDocuments,
  editor,
  goToSpaces,
  openDocument,
  startDocumentTogether,
  typeAtEnd,
} from './support/person-actions';
import { openSpaceTab } from './support/space-actions';

test('an admin archives a space while a member writes in it: the document turns read-only live; restoring opens it again', async ({
  alysDevice,
  samDevice,
}) => {
  const title = 'Culture and creativity offer: summer arts trail';
  const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, title);
  await typeAtEnd(sam, 'Sam: map the trail through every branch.');
  await expect(editor(alys)).toContainText('Sam: map the trail through every branch.');

  await backToDocuments(alys);
  await openSpaceTab(alys, 'Details');
  await alys.getByRole('button', { name: 'Archive this space' }).click();
  await expect(alys.getByRole('alertdialog', { name: `Archive ${SHARED_SPACE}?` })).toBeVisible();
  await expectNoAxeViolations(alys, 'space details, archiving');
  await alys.getByRole('alertdialog').getByRole('button', { name: 'Archive', exact: true }).click();
  await expect(alys.getByText('This space is archived, so everything in it is read-only.')).toBeVisible();

  // Sam's open document stops taking his writing, and says why ("at once" is server/sync/live-access.test.ts's to show).
  await expect(sam.getByTestId('access-note')).toHaveText('This space is archived, so this document is read-only.');
  await expect(editor(sam)).toHaveAttribute('contenteditable', 'false');
  await expect(editor(sam)).toContainText('Sam: map the trail through every branch.');

  // Restored, it is his to write in again.
  await alys.getByRole('button', { name: 'Restore this space' }).click();
  await expect(alys.getByRole('button', { name: 'Archive this space' })).toBeFocused();
  await expect(editor(sam)).toHaveAttribute('contenteditable', 'true');
  await expect(sam.getByTestId('access-note')).toHaveCount(0);
  await typeAtEnd(sam, ' Back on.');
  await goToSpaces(alys);
  await openDocument(alys, title);
  await expect(editor(alys)).toContainText('Sam: map the trail through every branch. Back on.');
});
