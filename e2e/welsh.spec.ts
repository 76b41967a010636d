import { test, expect } from './support/fixtures';
import { en } from '../renderer/src/i18n/en';
import { cy } from '../renderer/src/i18n/cy';
import { priya, SHARED_SPACE } from './support/library-network';
import {
  backToDocuments,
  chooseLanguage,
  createDocument,
  documentLink,
  editor,
  openDocument,
  openProfile,
  openSpace,
  spaceSections,
} from './support/person-actions';
import { linkAsReachedBy } from './support/space-actions';
import { expectNoEnglish } from './support/visible-strings';

test('a Welsh system language gives a Welsh UI on sign-in, spaces, documents, settings and editor, with no English left', async ({
  alysDevice,
}) => {
  const page = await alysDevice.openApp({ locale: 'cy-GB' });
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cy['signIn.title']);
  await expectNoEnglish(page, 'sign-in');

  // A wrong password is explained in Welsh too.
  await page.getByLabel(cy['signIn.email'], { exact: true }).fill(alysDevice.account.email);
  await page.getByLabel(cy['signIn.password'], { exact: true }).fill('not the password');
  await page.getByRole('button', { name: cy['signIn.submit'] }).click();
  await expect(page.getByRole('alert')).toBeVisible();
  await expectNoEnglish(page, 'sign-in error');

  await page.getByLabel(cy['signIn.password'], { exact: true }).fill(alysDevice.account.password);
  await page.getByRole('button', { name: cy['signIn.submit'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toContainText(cy['spaces.title']);
  await expectNoEnglish(page, 'spaces');
  await openSpace(page, SHARED_SPACE);
  await page.getByLabel(cy['documents.newTitle'], { exact: true }).fill('Cynllun Her Ddarllen yr Haf');
  await page.getByRole('button', { name: cy['documents.create'] }).click();
  await expect(editor(page)).toBeVisible();
  await backToDocuments(page);
  await expectNoEnglish(page, 'document list');

  await page.getByRole('link', { name: cy['settings.open'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cy['settings.title']);
  await expectNoEnglish(page, 'settings');
  await page.getByRole('button', { name: cy['settings.close'] }).click();

  await documentLink(page, 'Cynllun Her Ddarllen yr Haf').click();
  await expect(editor(page)).toBeVisible();
  await editor(page).click();
  await page.keyboard.type('Croeso i bawb.');
  await expectNoEnglish(page, 'editor');
});

test('the language can be switched in settings and is remembered', async ({ alysDevice }) => {
  const page = await alysDevice.openApp({ locale: 'en-GB' });
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(en['signIn.title']);
  await page.getByLabel('Email').fill(alysDevice.account.email);
  await page.getByLabel('Password', { exact: true }).fill(alysDevice.account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
  await createDocument(page, 'Reading offer');
  await chooseLanguage(page, 'Cymraeg');
  await expect(page.locator('html')).toHaveAttribute('lang', 'cy');
  await alysDevice.closeApp();

  const reopened = await alysDevice.openApp({ locale: 'en-GB' });
  await expect(reopened.locator('html')).toHaveAttribute('lang', 'cy');
  await expect(reopened.getByRole('heading', { level: 1 })).toContainText(cy['spaces.title']);
  await openDocument(reopened, 'Reading offer');
  await expect(reopened.getByRole('toolbar', { name: cy['editor.toolbar'] })).toBeVisible();
  await expectNoEnglish(reopened, 'editor after switching');
});

test('in Welsh, the spaces, people, invites, details, profile, joining and read-only screens leave no English', async ({
  network,
  alysDevice,
}) => {
  const t = (key: keyof typeof cy, name?: string) => cy[key].replace(/\{\{\s*\w+\s*\}\}/, name ?? '');
  const alys = await alysDevice.openApp({ locale: 'cy-GB' });
  await alys.getByLabel(cy['signIn.email'], { exact: true }).fill(alysDevice.account.email);
  await alys.getByLabel(cy['signIn.password'], { exact: true }).fill(alysDevice.account.password);
  await alys.getByRole('button', { name: cy['signIn.submit'] }).click();
  await expect(alys.getByRole('heading', { level: 1 })).toContainText(cy['spaces.title']);

  // A new space, with its form open, then each of the space's sections.
  await alys.getByRole('button', { name: cy['spaces.new'] }).click();
  await expectNoEnglish(alys, 'new space form');
  await alys.getByLabel(cy['spaceFields.name'], { exact: true }).fill('Ceredigion reading network');
  await alys.getByLabel(cy['spaceFields.nameCy'], { exact: true }).fill('Rhwydwaith darllen Ceredigion');
  await alys.getByRole('button', { name: cy['spaces.create'] }).click();
  await openSpace(alys, 'Rhwydwaith darllen Ceredigion');
  await alys.getByLabel(cy['documents.newTitle'], { exact: true }).fill('Sesiynau stori a chân');
  await alys.getByRole('button', { name: cy['documents.create'], exact: true }).click();
  await expect(editor(alys)).toBeVisible();
  await expectNoEnglish(alys, 'editor, a new document');
  await backToDocuments(alys);
  await expectNoEnglish(alys, 'space documents');
  await spaceSections(alys).getByRole('link', { name: cy['space.tabInvites'] }).click();
  await alys.getByLabel(cy['invites.roleField']).selectOption({ label: cy['roles.observer'] });
  await alys.getByRole('button', { name: cy['invites.create'] }).click();
  const link = await alys.getByLabel(cy['invites.link']).inputValue();
  await expectNoEnglish(alys, 'invites with a new link');
  await spaceSections(alys).getByRole('link', { name: cy['space.tabDetails'] }).click();
  await expectNoEnglish(alys, 'space details');
  await openProfile(alys);
  await expectNoEnglish(alys, 'profile');
  await alys.getByRole('button', { name: cy['profile.close'] }).click();

  // Priya joins by the observer invite in Welsh, and opens the document.
  const priyaDevice = await network.person(priya);
  const priyaPage = await priyaDevice.openApp({ locale: 'cy-GB' });
  await priyaPage.getByRole('button', { name: cy['signIn.haveInvite'] }).click();
  await priyaPage.getByLabel(cy['invites.field']).fill(linkAsReachedBy(link, priyaDevice));
  await priyaPage.getByRole('button', { name: cy['invites.check'] }).click();
  await expect(priyaPage.getByRole('heading', { name: cy['invites.previewHeading'] })).toBeVisible();
  await expectNoEnglish(priyaPage, 'joining with an invite');
  await priyaPage.getByLabel(cy['inviteArrival.name']).fill(priya.name);
  await priyaPage.getByLabel(cy['signIn.email'], { exact: true }).fill(priya.email);
  await priyaPage.getByLabel(cy['inviteArrival.password']).fill(priya.password);
  await priyaPage.getByRole('button', { name: cy['inviteArrival.createAndJoin'] }).click();
  await expect(priyaPage.getByText(cy['space.observerNote'])).toBeVisible();
  await expectNoEnglish(priyaPage, 'space, as an observer');
  await documentLink(priyaPage, 'Sesiynau stori a chân').click();
  await expect(priyaPage.getByTestId('access-note')).toHaveText(cy['access.observer']);
  await expectNoEnglish(priyaPage, 'editor, as an observer');

  // Alys's people, with the remove question open, then Priya removed while reading.
  await spaceSections(alys).getByRole('link', { name: cy['space.tabPeople'] }).click();
  await alys.getByRole('button', { name: t('people.removeFor', priya.name) }).click();
  await expectNoEnglish(alys, 'people, removing someone');
  await alys.getByRole('alertdialog').getByRole('button', { name: cy['people.remove'], exact: true }).click();
  await expect(priyaPage.getByRole('alert')).toHaveText(new RegExp(cy['access.removed']));
  await expectNoEnglish(priyaPage, 'editor, after removal');
});
