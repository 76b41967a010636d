import { expect, type Locator, type Page } from '@playwright/test';

/** What a person does with changes that wait in the outbox, made while the server can't be reached. */

/** "Outbox (n)" above every screen while changes wait, in English or Welsh. */
export function outboxButton(page: Page): Locator {
  return page.getByRole('button', { name: /^(Outbox|Blwch allan) \(\d+\)$/ });
}

/** Opens the outbox (if it is not open) and returns its changes, oldest first. */
export async function openOutbox(page: Page): Promise<Locator> {
  const button = outboxButton(page);
  if ((await button.getAttribute('aria-expanded')) !== 'true') await button.click();
  await expect(button).toHaveAttribute('aria-expanded', 'true');
  const outbox = page.getByRole('region', { name: /^(Outbox|Blwch allan)$/ });
  await expect(outbox).toBeVisible();
  return outbox.getByRole('listitem');
}

/** The polite live region that says how the outbox changed. */
export function outboxAnnouncement(page: Page, text: string): Locator {
  return page.getByRole('status').filter({ hasText: text });
}

/** In a space's documents: renames one from its row's Actions menu, by keyboard. */
export async function renameDocumentInList(page: Page, from: string, to: string): Promise<void> {
  await page.getByRole('button', { name: `Actions for ${from}`, exact: true }).click();
  await page.getByRole('menuitem', { name: 'Rename' }).click();
  await page.getByLabel('Document title').fill(to);
  await page.keyboard.press('Enter');
  await expect(page.getByRole('main').getByRole('link', { name: to, exact: true })).toBeVisible();
}

/** A document in the list that waits to be created: there, but not something to open. */
export function pendingDocument(page: Page, title: string): Locator {
  return page.getByTestId('pending-document').filter({ hasText: title });
}

/** In a space's documents, with the server out of reach: the new document waits in the list. */
export async function createDocumentWhileOffline(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(pendingDocument(page, title)).toBeVisible();
}
