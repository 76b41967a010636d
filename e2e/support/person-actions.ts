import { expect, type Locator, type Page } from '@playwright/test';
import { SHARED_SPACE, type Account, type Person } from './library-network';

/** Helpers named after what a person does, so specs read as the flow they test. */

export async function signIn(page: Page, account: Pick<Account, 'email' | 'password'>): Promise<void> {
  await page.getByLabel('Email').fill(account.email);
  await page.getByLabel('Password', { exact: true }).fill(account.password);
  await page.getByRole('button', { name: 'Sign in' }).click();
}

/** Home: the spaces of the server the person is signed in to. */
export function spacesListHeading(page: Page): Locator {
  return page.getByRole('heading', { level: 1, name: /Spaces|Gofodau/ });
}

export async function expectSpacesList(page: Page): Promise<void> {
  await expect(spacesListHeading(page)).toBeVisible();
}

function documentsTab(page: Page): Locator {
  return page.getByRole('tab', { name: /^(Documents|Dogfennau)$/ });
}

/** A space's documents are showing (its Documents tab is the chosen one). */
export async function expectDocumentList(page: Page): Promise<void> {
  await expect(documentsTab(page)).toHaveAttribute('aria-selected', 'true');
}

/** From the spaces list, opens a space by its name and waits for its screen. */
export async function openSpace(page: Page, name: string = SHARED_SPACE): Promise<void> {
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/**
 * Documents live in spaces: from the spaces list, go into the named one first; in a space,
 * stay there and show its documents.
 */
async function enterSpace(page: Page, name: string): Promise<void> {
  await expect(spacesListHeading(page).or(documentsTab(page))).toBeVisible();
  if (await spacesListHeading(page).isVisible()) await openSpace(page, name);
  if ((await documentsTab(page).getAttribute('aria-selected')) !== 'true') await documentsTab(page).click();
}

export async function createDocument(page: Page, title: string, space: string = SHARED_SPACE): Promise<void> {
  await enterSpace(page, space);
  await page.getByLabel('Title', { exact: true }).fill(title);
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(documentLink(page, title)).toBeVisible();
}

export function documentLink(page: Page, title: string): Locator {
  return page
    .getByRole('main')
    .getByRole('button', { name: title, exact: true })
    .or(page.getByRole('main').getByRole('link', { name: title, exact: true }));
}

export async function openDocument(page: Page, title: string, space: string = SHARED_SPACE): Promise<Locator> {
  await enterSpace(page, space);
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

export async function chooseLanguage(
  page: Page,
  optionLabel: 'English' | 'Cymraeg' | 'Use system language',
): Promise<void> {
  await openSettings(page);
  await page.getByLabel(/^(Language|Iaith)$/).selectOption({ label: optionLabel });
}

/** Opens the person's app, signs them in and waits for their spaces. */
export async function arrive(person: Person, options: { traceWrites?: boolean } = {}): Promise<Page> {
  const page = await person.openApp(options);
  await signIn(page, person.account);
  await expectSpacesList(page);
  return page;
}

/** Arrives, creates a document in the shared space and opens it: how most flows begin. */
export async function arriveAndStartDocument(
  person: Person,
  title: string,
  options: { traceWrites?: boolean } = {},
): Promise<Page> {
  const page = await arrive(person, options);
  await createDocument(page, title);
  await openDocument(page, title);
  return page;
}

/** The first person starts a document in the shared space and the second opens it: how co-writing flows begin. */
export async function startDocumentTogether(starter: Person, joiner: Person, title: string): Promise<[Page, Page]> {
  const first = await arriveAndStartDocument(starter, title);
  const second = await arrive(joiner);
  await openDocument(second, title);
  return [first, second];
}
