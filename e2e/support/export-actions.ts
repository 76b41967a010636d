import { expect, type Download, type Locator, type Page } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { catalogue, type Language } from './editor-actions';

/** What people do to get a document out of the app, or a file into it. */

export const EXPORT_FORMATS = ['markdown', 'html', 'docx', 'pdf'] as const;
export type ExportFormatName = (typeof EXPORT_FORMATS)[number];

/** The Export button of the document, or of what `scope` holds (a version in History). */
export function exportButton(page: Page, language: Language = 'en', scope: Page | Locator = page) {
  return scope.getByRole('button', { name: catalogue[language]['export.button'], exact: true });
}

/** Opens the Export menu from the keyboard: focus on the button, Enter. */
export async function openExportMenu(
  page: Page,
  language: Language = 'en',
  scope: Page | Locator = page,
): Promise<void> {
  await exportButton(page, language, scope).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu', { name: catalogue[language]['export.button'] })).toBeVisible();
}

/** Exports the open document by keyboard alone (arrow keys to the format, Enter) and gives the saved download. */
export async function exportByKeyboard(
  page: Page,
  format: ExportFormatName,
  scope: Page | Locator = page,
): Promise<{ download: Download; bytes: Buffer }> {
  await openExportMenu(page, 'en', scope);
  // The menu opens on its first item.
  for (let step = 0; step < EXPORT_FORMATS.indexOf(format); step += 1) await page.keyboard.press('ArrowDown');
  await expect(page.getByRole('menuitem', { name: catalogue.en[`export.format.${format}`] })).toBeFocused();
  const downloading = page.waitForEvent('download');
  await page.keyboard.press('Enter');
  const download = await downloading;
  const bytes = await readFile(await download.path());
  return { download, bytes };
}

/** Imports a file in the space's documents through the file chooser. */
export async function importFile(page: Page, file: { name: string; mimeType: string; buffer: Buffer }): Promise<void> {
  const choosing = page.waitForEvent('filechooser');
  await page.getByRole('button', { name: catalogue.en['export.importButton'], exact: true }).click();
  await (await choosing).setFiles(file);
}
