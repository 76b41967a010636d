import { expectNoAxeViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import { SHARED_SPACE } from './support/library-network';
import {
  arrive,
  arriveAndStartDocument,
  backToDocuments,
  editor,
  expectWritable,
  openDocument,
  openProfile,
  openSpace,
} from './support/person-actions';
import { openSpaceTab } from './support/space-actions';

const GREEN = 'rgb(46, 125, 50)';

test('a person’s profile (name, initials, colour, service, region) is what others see in the space and in a document', async ({
  alysDevice,
  samDevice,
}) => {
  const title = 'Health and wellbeing offer: reading well';
  const alys = await arriveAndStartDocument(alysDevice, title);

  const sam = await arrive(samDevice);
  await openProfile(sam);
  await expect(sam.getByRole('heading', { level: 1, name: 'Your profile' })).toBeFocused();
  await sam.getByLabel('Initials').fill('SJO');
  await sam.getByRole('radio', { name: 'Green' }).check();
  await sam.getByLabel('Library service or organisation').fill('Leeds Libraries');
  await sam.getByLabel('Region').fill('Yorkshire and the Humber');
  await expectNoAxeViolations(sam, 'profile');
  await sam.getByRole('button', { name: 'Save profile' }).click();
  await expect(sam.getByRole('status').filter({ hasText: 'Your profile is saved.' })).toBeVisible();
  await sam.getByRole('button', { name: 'Close profile' }).click();

  // In the space's people...
  await backToDocuments(alys);
  await openSpaceTab(alys, 'People');
  const samRow = alys.getByRole('table', { name: 'People in this space' }).getByRole('row', { name: /Sam Okafor/ });
  await expect(samRow).toContainText('Leeds Libraries');
  await expect(samRow).toContainText('Yorkshire and the Humber');
  await expect(samRow.locator('.avatar')).toHaveText('SJO');
  await expect(samRow.locator('.avatar')).toHaveCSS('background-color', GREEN);

  // ...and in the document: the presence list and his caret.
  await openDocument(alys, title, SHARED_SPACE);
  await openSpace(sam);
  await openDocument(sam, title);
  const samPresent = alys.getByTestId('presence').getByRole('listitem').filter({ hasText: 'Sam Okafor' });
  await expect(samPresent).toContainText('Leeds Libraries');
  await expect(samPresent.locator('.avatar')).toHaveText('SJO');
  await expect(samPresent.locator('.avatar')).toHaveCSS('background-color', GREEN);
  await expectWritable(sam);
  await editor(sam).click();
  await sam.keyboard.type('Sam was here.');
  const caretLabel = alys.getByTestId('remote-cursors').getByText('Sam Okafor');
  await expect(caretLabel).toBeAttached();
  await expect(caretLabel).toHaveCSS('background-color', GREEN);
});
