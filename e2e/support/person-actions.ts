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

/** A space's sections (Documents, People…), as links above its screen. */
export function spaceSections(page: Page): Locator {
  return page.getByRole('main').getByRole('navigation', { name: /^(Sections of this space|Adrannau’r gofod hwn)$/ });
}

function documentsSection(page: Page): Locator {
  return spaceSections(page).getByRole('link', { name: /^(Documents|Dogfennau)$/ });
}

/** A space's documents are showing (its Documents section is the current page). */
export async function expectDocumentList(page: Page): Promise<void> {
  await expect(documentsSection(page)).toHaveAttribute('aria-current', 'page');
}

/** Where an open document lives: its server, then its space (links). */
export function breadcrumbs(page: Page): Locator {
  return page.getByRole('main').getByRole('navigation', { name: /^(Where you are|Ble rydych chi)$/ });
}

/** From an open document, back to its space's documents (the space in the breadcrumbs). */
export async function backToDocuments(page: Page): Promise<void> {
  await breadcrumbs(page).getByRole('link').last().click();
  await expectDocumentList(page);
}

/** The sidebar's link to the server's home: its spaces. */
export async function goToSpaces(page: Page): Promise<void> {
  await page
    .getByRole('navigation', { name: /^(Workspace|Gweithle)$/ })
    .getByRole('link', { name: /^(All spaces|Pob gofod)$/ })
    .click();
  await expectSpacesList(page);
}

/** From the spaces list, opens a space by its name and waits for its screen. */
export async function openSpace(page: Page, name: string = SHARED_SPACE): Promise<void> {
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { level: 1, name, exact: true })).toBeVisible();
}

/** The open document's title, the screen's heading. */
function documentHeading(page: Page): Locator {
  return page.locator('#editor-title');
}

/**
 * Documents live in spaces: from the spaces list, go into the named one first; from an open
 * document, back to its space; in a space, stay there and show its documents.
 */
async function enterSpace(page: Page, name: string): Promise<void> {
  await expect(spacesListHeading(page).or(spaceSections(page)).or(documentHeading(page))).toBeVisible();
  if (await documentHeading(page).isVisible()) await backToDocuments(page);
  if (await spacesListHeading(page).isVisible()) await openSpace(page, name);
  if ((await documentsSection(page).getAttribute('aria-current')) !== 'page') await documentsSection(page).click();
}

/** Makes a document in a space (the shared one by default); once made, it opens. */
export async function createDocument(
  page: Page,
  title: string,
  space: string = SHARED_SPACE,
  language?: 'English' | 'Welsh',
): Promise<void> {
  await enterSpace(page, space);
  await page.getByLabel('Title', { exact: true }).fill(title);
  if (language) await page.getByLabel('Document language', { exact: true }).selectOption({ label: language });
  await page.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(editor(page)).toBeVisible();
  await expect(page.getByRole('heading', { level: 1, name: title, exact: true })).toBeVisible();
  await expectWritable(page);
}

/** The open document takes typing: its content is here (from the device, or the server's first sync) and one may write. */
export async function expectWritable(page: Page): Promise<void> {
  await expect(editor(page)).toHaveAttribute('contenteditable', 'true');
}

/** A document in its space's list (not in "recently viewed" above it). */
export function documentLink(page: Page, title: string): Locator {
  return page
    .getByRole('main')
    .getByRole('list', { name: /^(Documents in this space|Dogfennau yn y gofod hwn)$/ })
    .getByRole('link', { name: title, exact: true });
}

/** Opens a document from its space's list, unless it is the one already open. */
export async function openDocument(page: Page, title: string, space: string = SHARED_SPACE): Promise<Locator> {
  const content = editor(page);
  const open = page.getByRole('heading', { level: 1, name: title, exact: true });
  if ((await open.isVisible()) && (await content.isVisible())) return content;
  await enterSpace(page, space);
  await documentLink(page, title).click();
  await expect(content).toBeVisible();
  return content;
}

export function editor(page: Page): Locator {
  return page.getByTestId('editor');
}

/** Puts the caret at the very end of the document and types, as a person would. */
export async function typeAtEnd(page: Page, text: string): Promise<void> {
  await expectWritable(page);
  const content = editor(page);
  await content.click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.type(text);
}

export async function startNewParagraphAndType(page: Page, text: string): Promise<void> {
  await expectWritable(page);
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

/** At narrow widths the sidebar is folded into the Menu button: open it first. */
async function unfoldSidebar(page: Page): Promise<void> {
  const menu = page.getByRole('button', { name: /^(Menu|Dewislen)$/ });
  if (await menu.isVisible()) await menu.click();
}

export async function openSettings(page: Page): Promise<void> {
  await unfoldSidebar(page);
  await page.getByRole('link', { name: /^(Settings|Gosodiadau)$/ }).click();
}

/** The sidebar's link to one's own profile on the server on screen. */
export async function openProfile(page: Page): Promise<void> {
  await unfoldSidebar(page);
  await page.getByRole('link', { name: /(Your profile|Eich proffil)$/ }).click();
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
  return page;
}

/** The first person starts a document in the shared space and the second opens it: how co-writing flows begin. */
export async function startDocumentTogether(starter: Person, joiner: Person, title: string): Promise<[Page, Page]> {
  const first = await arriveAndStartDocument(starter, title);
  const second = await arrive(joiner);
  await openDocument(second, title);
  return [first, second];
}
