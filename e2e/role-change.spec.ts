import { test, expect } from './support/fixtures';
import { backToDocuments, editor, openDocument, startDocumentTogether, typeAtEnd } from './support/person-actions';
import { openSpaceTab } from './support/space-actions';

test('an admin lowers a member to observer while they write: they lose writing live and are told; raised again, they write again', async ({
  alysDevice,
  samDevice,
}) => {
  const title = 'Information and digital offer: device lending';
  const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, title);
  await typeAtEnd(sam, 'Sam: lend tablets with data.');
  await expect(editor(alys)).toContainText('Sam: lend tablets with data.');

  const setSamRole = async (role: 'Observer' | 'Member') => {
    const row = alys.getByRole('table', { name: 'People in this space' }).getByRole('row', { name: /Sam Okafor/ });
    await row.getByRole('combobox', { name: 'Role for Sam Okafor' }).selectOption({ label: role });
    await row.getByRole('button', { name: 'Save role of Sam Okafor' }).click();
    await expect(
      alys.getByRole('status').filter({ hasText: `Changed the role of Sam Okafor to ${role}.` }),
    ).toBeAttached();
  };

  await backToDocuments(alys);
  await openSpaceTab(alys, 'People');
  await setSamRole('Observer');
  // "At once" is the server's to show against a same-run baseline (server/sync/live-access.test.ts); here, that it shows.
  await expect(sam.getByTestId('access-note')).toHaveText(
    'You’re an observer in this space, so you can read but not change this document.',
  );
  await expect(editor(sam)).toHaveAttribute('contenteditable', 'false');
  await expect(sam.getByRole('status').filter({ hasText: 'You can now only read this document.' })).toBeAttached();

  await setSamRole('Member');
  await expect(editor(sam)).toHaveAttribute('contenteditable', 'true');
  await expect(sam.getByRole('status').filter({ hasText: 'You can now edit this document.' })).toBeAttached();
  await typeAtEnd(sam, ' And hotspots.');
  await openSpaceTab(alys, 'Documents');
  await openDocument(alys, title);
  await expect(editor(alys)).toContainText('Sam: lend tablets with data. And hotspots.');
});
