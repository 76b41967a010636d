import { cy } from '../renderer/src/i18n/cy';
import { expectNoAxeViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import { SHARED_SPACE } from './support/library-network';
import {
  createDocumentWhileOffline,
  openOutbox,
  outboxAnnouncement,
  outboxButton,
  pendingDocument,
  renameDocumentInList,
} from './support/outbox-actions';
import {
  arrive,
  arriveAndStartDocument,
  backToDocuments,
  chooseLanguage,
  createDocument,
  documentLink,
  expectConnection,
  expectSpacesList,
  openSpace,
} from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

test('changes made offline wait in the outbox through a restart, and arrive once when back online', async ({
  alysDevice,
  samDevice,
}) => {
  const before = 'Reading Friends: autumn sessions';
  const renamed = 'Reading Friends: autumn and winter sessions';
  const created = 'Summer Reading Challenge: volunteer briefing';
  const alys = await arrive(alysDevice);
  await createDocument(alys, before);
  await backToDocuments(alys);

  alysDevice.goOffline();
  await renameDocumentInList(alys, before, renamed);
  await expect(alys.getByText('New title waiting to be sent')).toBeVisible();
  await expect(outboxAnnouncement(alys, `Renamed to “${renamed}” on this device.`)).toBeAttached();
  await createDocumentWhileOffline(alys, created);
  await expect(outboxAnnouncement(alys, `“${created}” will be created when the connection returns.`)).toBeAttached();

  await expect(outboxButton(alys)).toHaveText('Outbox (2)');
  const changes = await openOutbox(alys);
  await expect(changes).toHaveCount(2);
  await expect(changes.nth(0)).toContainText(`Rename to “${renamed}”`);
  await expect(changes.nth(1)).toContainText(`Create “${created}” in ${SHARED_SPACE}`);
  await expect(changes.filter({ hasText: 'Waiting to be sent' })).toHaveCount(2);

  // Closed and reopened with the network still down: the outbox is on the device.
  await alysDevice.closeApp();
  const reopened = await alysDevice.openApp();
  await expectSpacesList(reopened);
  await expect(outboxButton(reopened)).toHaveText('Outbox (2)');
  await openSpace(reopened);
  await expect(documentLink(reopened, renamed)).toBeVisible();
  await expect(pendingDocument(reopened, created)).toBeVisible();
  const afterRestart = await openOutbox(reopened);
  await expect(afterRestart).toHaveCount(2);
  await expect(afterRestart.nth(0)).toContainText(`Rename to “${renamed}”`);
  await expect(afterRestart.nth(1)).toContainText(`Create “${created}”`);
  await expect(reopened.getByRole('button', { name: 'Send now' })).toBeVisible();
  await expectNoAxeViolations(reopened, 'space documents with the outbox open');

  // Back online, the outbox sends itself: the document is made once, with its real id.
  alysDevice.goOnline();
  await expect(outboxAnnouncement(reopened, 'All changes sent.')).toBeAttached({ timeout: 45_000 });
  await expect(outboxButton(reopened)).toHaveCount(0);
  await expect(reopened.getByRole('region', { name: 'Outbox' })).toHaveCount(0);
  await expect(pendingDocument(reopened, created)).toHaveCount(0);
  await expect(documentLink(reopened, created)).toHaveCount(1);
  await expect(documentLink(reopened, renamed)).toHaveCount(1);
  await expect(reopened.getByText('New title waiting to be sent')).toHaveCount(0);

  const sam = await arrive(samDevice);
  await openSpace(sam);
  await expect(documentLink(sam, created)).toHaveCount(1);
  await expect(documentLink(sam, renamed)).toHaveCount(1);
  await expect(documentLink(sam, before)).toHaveCount(0);
});

test('in Welsh, the outbox and a document waiting to be created leave no English', async ({ alysDevice }) => {
  const alys = await arrive(alysDevice);
  await chooseLanguage(alys, 'Cymraeg');
  await alys.getByRole('button', { name: cy['settings.close'] }).click();
  await openSpace(alys);

  alysDevice.goOffline();
  await alys.getByLabel(cy['documents.newTitle'], { exact: true }).fill('Sesiynau stori a chân');
  await alys.getByRole('button', { name: cy['documents.create'], exact: true }).click();
  await expect(pendingDocument(alys, 'Sesiynau stori a chân')).toContainText(cy['documents.pendingCreate']);
  await expect(outboxButton(alys)).toHaveText('Blwch allan (1)');
  const changes = await openOutbox(alys);
  await expect(changes).toHaveCount(1);
  await expect(changes.first()).toContainText(cy['outbox.stateWaiting']);
  await expectNoEnglish(alys, 'space documents with the outbox open');
  await expectNoAxeViolations(alys, 'space documents with the outbox open, in Welsh');

  // Discarded after a question: it is never sent, and the list no longer shows it.
  await changes
    .first()
    .getByRole('button', { name: /^Gwaredu: Creu “Sesiynau stori a chân”/ })
    .click();
  const question = alys.getByRole('alertdialog', { name: cy['outbox.discardTitle'] });
  await expect(question.getByRole('button', { name: cy['common.cancel'] })).toBeFocused();
  await expectNoEnglish(alys, 'discarding a change');
  await question.getByRole('button', { name: cy['outbox.discardConfirm'] }).click();
  await expect(outboxAnnouncement(alys, cy['outbox.announceDiscarded'])).toBeAttached();
  await expect(outboxButton(alys)).toHaveCount(0);
  await expect(pendingDocument(alys, 'Sesiynau stori a chân')).toHaveCount(0);
  await expect(alys.getByRole('heading', { level: 1, name: SHARED_SPACE })).toBeFocused();
});

test('a title changed in the editor while offline shows at once, with a note until it is sent', async ({
  alysDevice,
}) => {
  const alys = await arriveAndStartDocument(alysDevice, 'Health and wellbeing offer');
  await expectConnection(alys, 'online');

  alysDevice.goOffline();
  await expectConnection(alys, 'offline');
  await alys.getByRole('button', { name: 'Rename Health and wellbeing offer' }).click();
  await alys.getByLabel('Document title').fill('Health and wellbeing offer: Books on Prescription');
  await alys.keyboard.press('Enter');
  await expect(alys.getByRole('heading', { level: 1 })).toHaveText('Health and wellbeing offer: Books on Prescription');
  const note = alys
    .getByRole('status')
    .filter({ hasText: 'The new title is saved on this device and will be sent when the connection returns.' });
  await expect(note).toBeVisible();
  await expect(outboxButton(alys)).toHaveText('Outbox (1)');

  alysDevice.goOnline();
  await expect(outboxAnnouncement(alys, 'All changes sent.')).toBeAttached({ timeout: 45_000 });
  await expect(note).toHaveCount(0);
  await backToDocuments(alys);
  await expect(documentLink(alys, 'Health and wellbeing offer: Books on Prescription')).toHaveCount(1);
});
