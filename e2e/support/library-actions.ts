import { expect, type Page } from '@playwright/test';
import { en } from '../../renderer/src/i18n/en';
import { editor } from './person-actions';

/** The document library's actions, as a person does them in a space's Documents screen (English UI). */

/** Makes a document from a built-in template, in the language given; once made, it opens. */
export async function createFromTemplate(
  page: Page,
  title: string,
  template: string,
  language: 'English' | 'Welsh',
): Promise<void> {
  await page.getByLabel(en['documents.newTitle'], { exact: true }).fill(title);
  await page.getByLabel(en['library.template'], { exact: true }).selectOption({ label: template });
  await page.getByLabel(en['library.documentLanguage'], { exact: true }).selectOption({ label: language });
  await page.getByRole('button', { name: en['documents.create'], exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  await expect(editor(page)).toBeVisible();
}

/** Chooses an item of a document's Actions menu in the list. */
export async function documentAction(page: Page, title: string, action: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${title}`, exact: true }).click();
  await page.getByRole('menuitem', { name: action, exact: true }).click();
}

/** Shows the Documents or the Bin view of the space's library. */
export async function showLibraryView(page: Page, view: 'Documents' | 'Bin' | 'Dogfennau' | 'Y bin'): Promise<void> {
  await page.getByRole('button', { name: view, exact: true }).click();
  await expect(page.getByRole('button', { name: view, exact: true })).toHaveAttribute('aria-pressed', 'true');
}

/** The titles in the space's document list, in order. */
export async function listedTitles(page: Page): Promise<string[]> {
  return page
    .getByRole('main')
    .getByRole('list', { name: en['documents.listLabel'] })
    .locator('a.document-open')
    .allInnerTexts();
}
