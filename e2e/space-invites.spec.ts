import { expectNoAxeViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import { priya, rhian } from './support/library-network';
import {
  arrive,
  backToDocuments,
  createDocument,
  editor,
  openDocument,
  openSpace,
  typeAtEnd,
} from './support/person-actions';
import {
  checkInviteBeforeSignIn,
  createAccountAndJoin,
  createInvite,
  createSpace,
  linkAsReachedBy,
  openSpaceTab,
  removeFromSpace,
} from './support/space-actions';

const SPACE = 'Dyfed Children’s Library Leaders';
const SPACE_CY = 'Arweinwyr Llyfrgelloedd Plant Dyfed';
const DOCUMENT = 'Bookstart baby rhyme times: what works';

test('an admin makes a space and invites a member and an observer; the member co-writes, the observer only reads, and removal takes effect live', async ({
  network,
  alysDevice,
}) => {
  // Alys, a server admin, makes the space and two invites.
  const alys = await arrive(alysDevice);
  await createSpace(alys, SPACE, SPACE_CY);
  await expectNoAxeViolations(alys, 'spaces, with a new space');
  await openSpace(alys, SPACE);
  const memberLink = await createInvite(alys, 'Member');
  await expectNoAxeViolations(alys, 'invites, with a new link');
  await alys.getByRole('button', { name: 'Done' }).click();
  const observerLink = await createInvite(alys, 'Observer');
  await alys.getByRole('button', { name: 'Done' }).click();
  await expect(alys.getByRole('table', { name: 'Invites that still work' }).getByRole('row')).toHaveCount(3);
  await createDocument(alys, DOCUMENT, SPACE);
  await backToDocuments(alys);

  // Rhian and Priya have no accounts: each makes one with their link and lands in the space.
  const rhianDevice = await network.person(rhian);
  const rhianPage = await rhianDevice.openApp();
  await checkInviteBeforeSignIn(rhianPage, linkAsReachedBy(memberLink, rhianDevice));
  await createAccountAndJoin(rhianPage, rhian);
  await expect(rhianPage.getByRole('heading', { level: 1, name: SPACE })).toBeVisible();
  await expect(rhianPage.getByRole('status').filter({ hasText: `You joined ${SPACE}.` })).toBeVisible();
  await expect(rhianPage.getByText('Your role: Member')).toBeVisible();

  const priyaDevice = await network.person(priya);
  const priyaPage = await priyaDevice.openApp();
  await checkInviteBeforeSignIn(priyaPage, linkAsReachedBy(observerLink, priyaDevice));
  await expect(priyaPage.getByRole('definition').filter({ hasText: 'Observer' })).toBeVisible();
  await expectNoAxeViolations(priyaPage, 'joining with an invite');
  await createAccountAndJoin(priyaPage, priya);
  await expect(priyaPage.getByRole('heading', { level: 1, name: SPACE })).toBeVisible();
  await expect(
    priyaPage.getByText('You’re an observer here: you can read the documents but not change them.'),
  ).toBeVisible();

  // Both appear in the space's people, with their roles.
  await openSpaceTab(alys, 'People');
  const people = alys.getByRole('table', { name: 'People in this space' });
  await expect(people.getByRole('row', { name: /Rhian Davies/ }).getByRole('combobox')).toHaveValue('member');
  await expect(people.getByRole('row', { name: /Priya Shah/ }).getByRole('combobox')).toHaveValue('observer');
  await expectNoAxeViolations(alys, 'people, as an admin');

  // Alys and Rhian write together.
  await openDocument(alys, DOCUMENT, SPACE);
  await openDocument(rhianPage, DOCUMENT, SPACE);
  await typeAtEnd(alys, 'Alys: rhymes in Welsh and English.');
  await expect(editor(rhianPage)).toContainText('Alys: rhymes in Welsh and English.');
  await typeAtEnd(rhianPage, ' Rhian: shakers for every baby.');
  await expect(editor(alys)).toContainText('Rhian: shakers for every baby.');

  // Priya reads everything, cannot type, and is told why.
  await openDocument(priyaPage, DOCUMENT, SPACE);
  await expect(editor(priyaPage)).toContainText('Alys: rhymes in Welsh and English. Rhian: shakers for every baby.');
  await expect(priyaPage.getByTestId('access-note')).toHaveText(
    'You’re an observer in this space, so you can read but not change this document.',
  );
  await expect(editor(priyaPage)).toHaveAttribute('contenteditable', 'false');
  await expect(priyaPage.getByRole('toolbar', { name: 'Formatting' })).toHaveCount(0);
  await editor(priyaPage).click();
  await priyaPage.keyboard.type('Priya was here');
  await typeAtEnd(alys, ' Alys again.');
  await expect(editor(priyaPage)).toContainText('Alys again.');
  await expect(editor(priyaPage)).not.toContainText('Priya was here');
  await expect(editor(alys)).not.toContainText('Priya was here');
  await expectNoAxeViolations(priyaPage, 'editor, as an observer');

  // Alys removes Rhian while Rhian has the document open: Rhian loses writing, and is told ("at once" is
  // server/sync/live-access.test.ts's to show, against a same-run baseline).
  await backToDocuments(alys);
  await removeFromSpace(alys, rhian.name);
  await expect(rhianPage.getByRole('alert')).toContainText('You no longer have access to this space');
  await expect(editor(rhianPage)).toHaveAttribute('contenteditable', 'false');
  await expectNoAxeViolations(rhianPage, 'editor, after removal');
  await rhianPage.getByRole('button', { name: 'Back to your spaces' }).click();
  await expect(rhianPage.getByRole('main').getByRole('link', { name: SPACE })).toHaveCount(0);
  await expect(rhianPage.getByText('You’re not in any spaces yet.', { exact: false })).toBeVisible();
});
