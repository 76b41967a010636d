import { test, expect } from './support/fixtures';
import { SHARED_SPACE } from './support/library-network';
import { renameDocumentInList } from './support/outbox-actions';
import { backToDocuments, createDocument, documentLink, startDocumentTogether } from './support/person-actions';

test('a rename made by someone else reaches an open document and a list at once', async ({ alysDevice, samDevice }) => {
  const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, 'Reading Friends: autumn sessions');

  // Alys renames it from her space's list while Sam has it open: his heading and window title follow.
  await backToDocuments(alys);
  await renameDocumentInList(alys, 'Reading Friends: autumn sessions', 'Reading Friends: autumn and winter');
  await expect(sam.getByRole('heading', { level: 1, name: 'Reading Friends: autumn and winter' })).toBeVisible();
  await expect(sam).toHaveTitle(`Reading Friends: autumn and winter – ${SHARED_SPACE} – Branchline`);

  // Sam goes to the list; a document Alys makes appears there without his asking.
  await backToDocuments(sam);
  await createDocument(alys, 'Summer Reading Challenge: volunteer briefing');
  await expect(documentLink(sam, 'Summer Reading Challenge: volunteer briefing')).toBeVisible();
});
