import { test, expect } from './support/fixtures';
import { en } from '../renderer/src/i18n/en';
import { cy } from '../renderer/src/i18n/cy';
import { SHARED_SPACE } from './support/library-network';
import { chooseLanguage, createDocument, editor, openDocument, openSpace } from './support/person-actions';
import { englishOnly, uiStrings } from './support/visible-strings';
import type { Page } from '@playwright/test';

const forbidden = englishOnly(en, cy);

async function expectNoEnglish(page: Page, screen: string): Promise<void> {
  const strings = await uiStrings(page);
  const english = strings.filter((text) => forbidden.some((pattern) => pattern.test(text)));
  expect(english, `English strings left on the ${screen} screen`).toEqual([]);
}

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
  await expectNoEnglish(page, 'document list');

  await page.getByRole('button', { name: cy['settings.open'] }).click();
  await expect(page.getByRole('heading', { level: 1 })).toHaveText(cy['settings.title']);
  await expectNoEnglish(page, 'settings');
  await page.getByRole('button', { name: cy['settings.close'] }).click();

  await page.getByRole('main').getByRole('button', { name: 'Cynllun Her Ddarllen yr Haf', exact: true }).click();
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
  await expect(reopened.getByRole('toolbar')).toBeVisible();
  await expectNoEnglish(reopened, 'editor after switching');
});
