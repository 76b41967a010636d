import { expect, type Locator, type Page } from '@playwright/test';
import { catalogue, type Language } from './editor-actions';

/** What people do with a document's version history (renderer/src/history). */

export function historySheet(page: Page, language: Language = 'en'): Locator {
  return page.getByRole('dialog', { name: catalogue[language]['history.heading'] });
}

export async function openHistory(page: Page, language: Language = 'en'): Promise<Locator> {
  await page.getByRole('button', { name: catalogue[language]['history.open'], exact: true }).click();
  const sheet = historySheet(page, language);
  await expect(sheet).toBeVisible();
  return sheet;
}

export async function closeHistory(page: Page): Promise<void> {
  await page.keyboard.press('Escape');
  await expect(historySheet(page)).toBeHidden();
}

/** Names the document as it is now, by keyboard, and waits for it in the list. */
export async function nameVersion(page: Page, name: string): Promise<void> {
  const sheet = historySheet(page);
  await sheet.getByRole('textbox', { name: catalogue.en['history.nameLabel'] }).fill(name);
  await page.keyboard.press('Enter');
  await expect(versionItem(page, name)).toBeVisible();
}

/** A version in the list, by its name or the kind of version it is. */
export function versionItem(page: Page, label: string, language: Language = 'en'): Locator {
  return historySheet(page, language).getByRole('listitem').filter({ hasText: label }).first();
}

export async function versionAction(
  page: Page,
  label: string,
  action: 'history.view' | 'history.showChanges' | 'history.restore',
): Promise<void> {
  await versionItem(page, label).getByRole('button', { name: catalogue.en[action], exact: true }).click();
}

/** Restores a version from the list, confirming in the dialog by keyboard. */
export async function restoreVersion(page: Page, label: string): Promise<void> {
  await versionAction(page, label, 'history.restore');
  const confirm = page.getByRole('alertdialog', { name: catalogue.en['history.restoreTitle'] });
  await expect(confirm).toBeVisible();
  await confirm.getByRole('button', { name: catalogue.en['history.restoreConfirm'], exact: true }).focus();
  await page.keyboard.press('Enter');
  await expect(confirm).toBeHidden();
}
