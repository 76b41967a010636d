import type { Page } from '@playwright/test';
import { cy } from '../renderer/src/i18n/cy';
import { TcpProxy } from '../server/testing/tcp-proxy';
import { expectNoAxeViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import { alys as alysAccount, LibraryNetwork, SHARED_SPACE } from './support/library-network';
import {
  arrive,
  chooseLanguage,
  createDocument,
  editor,
  expectDocumentList,
  expectSpacesList,
  spaceSections,
} from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

const ORGANISATION = 'North West Libraries';
const PLAN = 'Summer Reading Challenge plan';
test.use({ networkOptions: { organisation: ORGANISATION } });

function sidebar(page: Page) {
  return page.getByRole('navigation', { name: /^(Workspace|Gweithle)$/ });
}

function screenHeading(page: Page, name: string) {
  return page.getByRole('heading', { level: 1, name, exact: true });
}

test('the sidebar shows where one is; every screen has an address that Back, Forward and a reload keep', async ({
  alysDevice,
}) => {
  const alys = await arrive(alysDevice);
  await expect(alys).toHaveTitle(`${ORGANISATION} – Branchline`);
  await expect(sidebar(alys).getByRole('link', { name: 'All spaces' })).toHaveAttribute('aria-current', 'page');

  // Into the space from the sidebar: its sections appear under it, Documents current.
  await sidebar(alys).getByRole('link', { name: SHARED_SPACE }).click();
  await expect(screenHeading(alys, SHARED_SPACE)).toBeFocused();
  await expect(alys).toHaveTitle(`${SHARED_SPACE} – Branchline`);
  const sections = sidebar(alys).getByRole('list', { name: 'Sections of this space' });
  await expect(sections.getByRole('link', { name: 'Documents' })).toHaveAttribute('aria-current', 'page');
  await expect(sections.getByRole('link')).toHaveText(['Documents', 'Forum', 'People', 'Invites', 'Details']);

  // A new document opens at its own address, named in the window's title.
  await createDocument(alys, PLAN);
  await expect(alys).toHaveTitle(`${PLAN} – ${SHARED_SPACE} – Branchline`);
  expect(new URL(alys.url()).hash).toMatch(/^#\/s\/[^/]+\/documents\/[A-Za-z0-9_-]+$/);
  await editor(alys).click();
  await alys.keyboard.type('Launch in every branch.');

  // A reload keeps the place.
  await alys.reload();
  await expect(screenHeading(alys, PLAN)).toBeVisible();
  await expect(editor(alys)).toContainText('Launch in every branch.');

  // Alt+← and Alt+→ (and the browser's own Back) move through what she visited, within the app.
  await alys.keyboard.press('Alt+ArrowLeft');
  await expect(screenHeading(alys, SHARED_SPACE)).toBeVisible();
  await expectDocumentList(alys);
  await alys.keyboard.press('Alt+ArrowRight');
  await expect(screenHeading(alys, PLAN)).toBeVisible();
  await alys.goBack();
  await expect(screenHeading(alys, SHARED_SPACE)).toBeVisible();
  await alys.goBack();
  await expectSpacesList(alys);
  await alys.goForward();
  await expect(screenHeading(alys, SHARED_SPACE)).toBeVisible();

  // The mouse's side buttons do the same (button 3 is Back, 4 Forward).
  const sideButton = (button: number) =>
    alys.evaluate((which) => {
      for (const type of ['mousedown', 'mouseup']) {
        window.dispatchEvent(new MouseEvent(type, { button: which, bubbles: true, cancelable: true }));
      }
    }, button);
  await sideButton(4);
  await expect(screenHeading(alys, PLAN)).toBeVisible();
  await sideButton(3);
  await expect(screenHeading(alys, SHARED_SPACE)).toBeVisible();

  // Sections have addresses too.
  await spaceSections(alys).getByRole('link', { name: 'People' }).click();
  await expect(alys).toHaveTitle(`People – ${SHARED_SPACE} – Branchline`);
  await alys.reload();
  await expect(spaceSections(alys).getByRole('link', { name: 'People' })).toHaveAttribute('aria-current', 'page');
  await expectNoAxeViolations(alys, 'a space’s people, with the sidebar');

  // An address that leads nowhere says so, and leads home.
  await alys.evaluate(() => (window.location.hash = '#/s/local-nowhere/spaces'));
  await expect(screenHeading(alys, 'Page not found')).toBeVisible();
  await expectNoAxeViolations(alys, 'an unknown server');
  const hash = new URL(alys.url()).hash;
  expect(hash).toBe('#/s/local-nowhere/spaces');
  await alys.getByRole('link', { name: 'Go to your spaces' }).click();
  await expectSpacesList(alys);
});

test('at 400 px the sidebar folds into a menu, and nothing is cut off; in Welsh too', async ({ alysDevice }) => {
  const alys = await arrive(alysDevice);
  await alys.setViewportSize({ width: 400, height: 800 });
  await expect(sidebar(alys)).toBeHidden();
  const menu = alys.getByRole('button', { name: 'Menu' });
  await menu.click();
  const drawer = alys.getByRole('dialog', { name: 'Menu' });
  await expect(drawer.getByRole('navigation', { name: 'Workspace' })).toBeVisible();
  await expectNoAxeViolations(alys, 'the folded menu');
  await drawer.getByRole('link', { name: SHARED_SPACE }).click();
  await expect(drawer).toBeHidden();
  await expect(screenHeading(alys, SHARED_SPACE)).toBeVisible();

  // Escape closes the menu and gives focus back to its button.
  await menu.click();
  await alys.keyboard.press('Escape');
  await expect(menu).toBeFocused();

  // The people table stacks: each person's role and the Remove button stay on screen.
  await spaceSections(alys).getByRole('link', { name: 'People' }).click();
  const row = alys.getByRole('table', { name: 'People in this space' }).getByRole('row', { name: /Sam Okafor/ });
  for (const control of [
    row.getByRole('combobox'),
    row.getByRole('button', { name: 'Remove Sam Okafor from the space' }),
  ]) {
    const box = (await control.boundingBox())!;
    expect(box.x).toBeGreaterThanOrEqual(0);
    expect(box.x + box.width).toBeLessThanOrEqual(400);
  }
  expect(await alys.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(400);
  await expectNoAxeViolations(alys, 'people at 400 px');

  await chooseLanguage(alys, 'Cymraeg');
  await alys.getByRole('button', { name: cy['settings.close'] }).click();
  await alys.getByRole('button', { name: cy['nav.menu'] }).click();
  await expectNoEnglish(alys, 'the folded menu');
  await expectNoAxeViolations(alys, 'the folded menu in Welsh');
});

test('a new document opens once made; Create with no title says why', async ({ alysDevice }) => {
  const alys = await arrive(alysDevice);
  await sidebar(alys).getByRole('link', { name: SHARED_SPACE }).click();
  const title = alys.getByLabel('Title', { exact: true });
  await alys.getByRole('button', { name: 'Create', exact: true }).click();
  await expect(alys.getByRole('alert').filter({ hasText: 'Give the document a title.' })).toBeVisible();
  await expect(title).toBeFocused();
  await expect(title).toHaveAttribute('aria-invalid', 'true');
  await title.fill('   ');
  await alys.keyboard.press('Enter');
  await expect(alys.getByRole('alert').filter({ hasText: 'Give the document a title.' })).toBeVisible();
  await expectNoAxeViolations(alys, 'a refused new document');
  await title.fill('Reading Friends: volunteer training');
  await alys.keyboard.press('Enter');
  await expect(screenHeading(alys, 'Reading Friends: volunteer training')).toBeFocused();
  await expect(editor(alys)).toBeVisible();
});

test('a sign-in that finishes after the person has moved on leaves them where they went', async ({
  browser,
  alysDevice,
}) => {
  const other = await LibraryNetwork.start(browser, [alysAccount], { organisation: 'ASCEL Cymru' });
  const slow = new TcpProxy(Number(new URL(other.serverUrl).port));
  await slow.start();
  try {
    const alys = await arrive(alysDevice);
    await alys.getByRole('navigation', { name: 'Servers' }).getByRole('link', { name: 'Add a server' }).click();
    await alys.getByLabel('Server address').fill(slow.url);
    await alys.getByLabel('Email').fill(alysAccount.email);
    await alys.getByLabel('Password', { exact: true }).fill(alysAccount.password);
    slow.delayAnswers(2_000);
    await alys.getByRole('button', { name: 'Sign in' }).click();
    // While the sign-in is on its way, she opens a space of the server she is already on.
    await sidebar(alys).getByRole('link', { name: SHARED_SPACE }).click();
    await expect(screenHeading(alys, SHARED_SPACE)).toBeVisible();
    // The new server joins the switcher, and she stays where she went.
    await expect(
      alys.getByRole('navigation', { name: 'Servers' }).getByRole('link', { name: /^ASCEL Cymru/ }),
    ).toBeVisible({ timeout: 20_000 });
    await alys.waitForTimeout(500);
    await expect(screenHeading(alys, SHARED_SPACE)).toBeVisible();
  } finally {
    await slow.stop();
    await other.stop();
  }
});

test('the rename box shows the whole title, at 400 px too, and an empty title is refused with a reason', async ({
  alysDevice,
}) => {
  const title = 'Universal Library Offers: sharing good practice across the North West, 2026 to 2027';
  const alys = await arrive(alysDevice);
  await createDocument(alys, title);
  for (const width of [1280, 400]) {
    await alys.setViewportSize({ width, height: 800 });
    await alys.getByRole('button', { name: `Rename ${title}` }).click();
    const field = alys.getByLabel('Document title');
    await expect(field).toBeFocused();
    const fits = await field.evaluate(
      (box) => box.scrollWidth <= box.clientWidth && box.scrollHeight <= box.clientHeight + 1,
    );
    expect(fits, `the whole title shows at ${width} px`).toBe(true);
    const box = (await field.boundingBox())!;
    expect(box.x + box.width).toBeLessThanOrEqual(width);
    await alys.keyboard.press('Escape');
  }
  await alys.getByRole('button', { name: `Rename ${title}` }).click();
  await alys.getByLabel('Document title').fill('');
  await alys.keyboard.press('Enter');
  await expect(alys.getByRole('alert').filter({ hasText: 'Give the document a title.' })).toBeVisible();
  await expectNoAxeViolations(alys, 'a refused rename');
});
