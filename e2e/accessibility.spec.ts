import { expectNoAxeViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import {
  backToDocuments,
  createDocument,
  editor,
  expectDocumentList,
  expectSpacesList,
  openDocument,
  openSettings,
} from './support/person-actions';

test('sign-in, spaces, a space’s documents, settings and editor pass axe, and work by keyboard alone', async ({
  alysDevice,
}) => {
  const page = await alysDevice.openApp();
  await expect(page.getByRole('heading', { level: 1, name: 'Sign in to Branchline' })).toBeVisible();
  await expectNoAxeViolations(page, 'sign-in');

  // Keyboard only: tab to each field, type, submit with Enter.
  await page.getByLabel('Email').focus();
  await page.keyboard.type(alysDevice.account.email);
  await page.keyboard.press('Tab');
  await expect(page.getByLabel('Password', { exact: true })).toBeFocused();
  await page.keyboard.type('a wrong password');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('alert')).toContainText(/don’t match|don't match/);
  await expectNoAxeViolations(page, 'sign-in with an error');
  await page.getByLabel('Password', { exact: true }).fill(alysDevice.account.password);
  await page.keyboard.press('Enter');
  await expectSpacesList(page);
  await expectNoAxeViolations(page, 'spaces list');

  await createDocument(page, 'Information and digital offer');
  await backToDocuments(page);
  await expectNoAxeViolations(page, 'document list');

  await openSettings(page);
  await expect(page.getByRole('heading', { level: 1, name: 'Settings' })).toBeFocused();
  await expectNoAxeViolations(page, 'settings');
  await page.getByRole('button', { name: 'Close settings' }).click();
  await expectDocumentList(page);

  await openDocument(page, 'Information and digital offer');
  // Renamed from the editor by keyboard; the list shows the new title too.
  await page.getByRole('button', { name: 'Rename Information and digital offer' }).click();
  await page.getByLabel('Document title').fill('Information and digital offer 2027');
  await page.keyboard.press('Enter');
  await expect(page.getByRole('heading', { level: 1 })).toHaveText('Information and digital offer 2027');
  await backToDocuments(page);
  await openDocument(page, 'Information and digital offer 2027');
  await editor(page).click();
  await page.keyboard.type('Digital inclusion drop-in sessions');
  await expectNoAxeViolations(page, 'editor');

  // The toolbar is one tab stop; arrow keys move inside it; a button acts on the text and
  // hands focus back to it, so writing carries on.
  await page.keyboard.press('Shift+Home');
  const toolbar = page.getByRole('toolbar', { name: 'Formatting' });
  await toolbar.getByRole('button', { name: 'Bold' }).focus();
  await page.keyboard.press('ArrowRight');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
  await page.keyboard.press('ArrowLeft');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(editor(page).locator('strong, b, .ed-bold').first()).toContainText('Digital inclusion');
  await expect(toolbar.getByRole('button', { name: 'Bold' })).toHaveAttribute('aria-pressed', 'true');
  await expect(editor(page)).toBeFocused();
  await expect(toolbar.getByRole('button')).toHaveCount(17);
  // One tab stop each: Tab from a tool goes on to the Insert toolbar, then the text; Shift+Tab comes back to that tool.
  const insert = page.getByRole('toolbar', { name: 'Insert' });
  await toolbar.getByRole('button', { name: 'Italic' }).focus();
  await page.keyboard.press('Tab');
  await expect(insert.getByRole('button').first()).toBeFocused();
  await page.keyboard.press('Tab');
  await expect(editor(page)).toBeFocused();
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await expect(toolbar.getByRole('button', { name: 'Italic' })).toBeFocused();
});
