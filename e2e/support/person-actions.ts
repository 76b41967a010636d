import { expect, type Locator, type Page } from '@playwright/test';
import type { Account, Person } from './library-network';

/** Helpers named after what a person does, so specs read as the flow they test. */

export async function signIn(page: Page, account: Pick<Account, 'email' | 'password'>): Promise<void> {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

export async function expectDocumentList(page: Page): Promise<void> {
  await expect(page.getByRole('heading', { level: 1, name: /Documents/ })).toBeVisible();
}

export async function createDocument(page: Page, title: string): Promise<void> {
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create' }).click();
  await expect(documentLink(page, title)).toBeVisible();
}

export function documentLink(page: Page, title: string): Locator {
  return page.getByRole('main').getByRole('button', { name: title, exact: true }).or(
    page.getByRole('main').getByRole('link', { name: title, exact: true }),
  );
}

export async function openDocument(page: Page, title: string): Promise<Locator> {
  await documentLink(page, title).click();
  const content = editor(page);
  await expect(content).toBeVisible();
  return content;
}

export function editor(page: Page): Locator {
  return page.getByTestId('editor');
}

/** Puts the caret at the very end of the document and types, as a person would. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  const content = editor(page);
  await content.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

export async function startNewParagraphAndType(page: Page, text: string): Promise<void> {
  const content = editor(page);
  await content.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('Enter');
  await page.keyboard.type(text);
}

export function connectionStatus(page: Page): Locator {
  return page.getByTestId('connection-status').first();
}

export async function expectConnection(page: Page, state: 'online' | 'offline' | 'connecting'): Promise<void> {
  await expect(connectionStatus(page)).toHaveAttribute('data-state', state, { timeout: 20_000 });
}

/** The paragraphs of the document as the person sees them, one string per block. */
export async function documentBlocks(page: Page): Promise<string[]> {
  return editor(page)
    .locator(':scope > *')
    .evaluateAll((blocks) => blocks.map((block) => (block.textContent ?? '').trim()));
}

export async function openSettings(page: Page): Promise<void> {
  await page.getByRole('button', { name: /^(Settings|Gosodiadau)$/ }).click();
}

export async function chooseLanguage(page: Page, optionLabel: 'English' | 'Cymraeg' | 'Use system language'): Promise<void> {
  await openSettings(page);
  await page.getByLabel(/^(Language|Iaith)$/).selectOption({ label: optionLabel });
}

/** Opens the person's app, signs them in and waits for their documents. */
export async function arrive(person: Person): Promise<Page> {
  const page = await person.openApp();
  await signIn(page, person.account);
  await expectDocumentList(page);
  return page;
}

/** Arrives, creates a document and opens it: how most flows begin. */
export async function arriveAndStartDocument(person: Person, title: string): Promise<Page> {
  const page = await arrive(person);
  await createDocument(page, title);
  await openDocument(page, title);
  return page;
}
