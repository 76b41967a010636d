import { expect, type Locator, type Page } from '@playwright/test';
import { en } from '../../renderer/src/i18n/en';
import { editor } from './person-actions';

/** What people do with tables and images in a document (MediaPlugins). */

/** A 1×1 PNG and a 1×1 GIF: real images, small enough to write inline. */
export const PNG_IMAGE = Buffer.from(
  'iVBORw0KGgoAAAANSUhEUgAAAAEAAAABCAYAAAAfFcSJAAAADUlEQVR42mP8z8BQDwAEhQGAhKmMIQAAAABJRU5ErkJggg==',
  'base64',
);
export const GIF_IMAGE = Buffer.from('R0lGODlhAQABAIAAAAAAAP///yH5BAEAAAAALAAAAAABAAEAAAIBRAA7', 'base64');

export function insertToolbar(page: Page, name: string = en['media.toolbar']): Locator {
  return page.getByRole('toolbar', { name });
}

/** Inserts a table from the Insert toolbar by keyboard alone: the dialog's defaults are 3 × 3 with a header row. */
export async function insertTableByKeyboard(page: Page, rows: number, columns: number): Promise<void> {
  await insertToolbar(page).getByRole('button', { name: en['media.insertTable'] }).focus();
  await page.keyboard.press('Enter');
  const dialog = page.getByRole('dialog', { name: en['media.tableDialog'] });
  await expect(dialog).toBeVisible();
  await dialog.getByLabel(en['media.tableRows']).fill(String(rows));
  await dialog.getByLabel(en['media.tableColumns']).fill(String(columns));
  await expect(dialog.getByRole('checkbox', { name: en['media.tableHeaderRow'] })).toBeChecked();
  await dialog.getByLabel(en['media.tableColumns']).press('Enter');
  await expect(dialog).toHaveCount(0);
}

/** The document's first table, as rows of cells' text, header cells marked "th:". */
export async function tableCells(page: Page): Promise<string[][]> {
  return editor(page)
    .locator('table')
    .first()
    .evaluate((table) =>
      [...table.querySelectorAll('tr')].map((row) =>
        [...row.querySelectorAll('th, td')].map(
          (cell) => `${cell.tagName === 'TH' ? 'th:' : ''}${(cell.textContent ?? '').trim()}`,
        ),
      ),
    );
}

/** Runs an item of the table menu (the caret must be in a table). */
export async function tableMenu(page: Page, item: string): Promise<void> {
  await insertToolbar(page).getByRole('button', { name: en['media.tableMenu'], exact: true }).click();
  await page.getByRole('menuitem', { name: item }).click();
}

/** Gives the image being added its description in the dialog the editor opens. */
export async function describeImage(page: Page, altText: string): Promise<void> {
  const dialog = page.getByRole('dialog', { name: en['media.altDialog'] });
  await expect(dialog).toBeVisible();
  // An empty description is refused: decorative must be said.
  await dialog.getByRole('button', { name: en['media.altInsert'] }).click();
  await expect(dialog.getByText(en['media.altRequired'])).toBeVisible();
  await dialog.getByLabel(en['media.altText']).fill(altText);
  await dialog.getByRole('button', { name: en['media.altInsert'] }).click();
  await expect(dialog).toHaveCount(0);
}

/** Chooses an image file with the Insert toolbar's file chooser. */
export async function chooseImageFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  const chooser = page.waitForEvent('filechooser');
  await insertToolbar(page).getByRole('button', { name: en['media.insertImage'] }).click();
  await (await chooser).setFiles({ name, mimeType, buffer });
}

/** Pastes an image file into the text, as the system clipboard gives one copied from an image viewer. */
export async function pasteImageFile(page: Page, name: string, mimeType: string, buffer: Buffer): Promise<void> {
  await editor(page).evaluate(
    (element, file) => {
      const data = new DataTransfer();
      data.items.add(
        new File([Uint8Array.from(atob(file.base64), (c) => c.charCodeAt(0))], file.name, { type: file.mimeType }),
      );
      element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
    },
    { name, mimeType, base64: buffer.toString('base64') },
  );
}

/** Pastes HTML as Word (or a browser) puts it on the clipboard, with its plain-text version. */
export async function pasteHtml(page: Page, html: string): Promise<void> {
  await editor(page).evaluate((element, markup) => {
    const data = new DataTransfer();
    data.setData('text/html', markup);
    data.setData('text/plain', element.ownerDocument.createRange().createContextualFragment(markup).textContent ?? '');
    element.dispatchEvent(new ClipboardEvent('paste', { clipboardData: data, bubbles: true, cancelable: true }));
  }, html);
}

/** An image in the document, shown (its bytes arrived through the host), found by its description. */
export async function expectImageShown(page: Page, altText: string): Promise<void> {
  const image = editor(page).getByRole('img', { name: altText });
  await expect(image).toBeVisible({ timeout: 30_000 });
  await expect
    .poll(() => image.evaluate((element) => (element as HTMLImageElement).naturalWidth), { timeout: 30_000 })
    .toBeGreaterThan(0);
}
