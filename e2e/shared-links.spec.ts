import type { Page } from '@playwright/test';
import { cy } from '../renderer/src/i18n/cy';
import { expectNoAxeViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import { arrive, chooseLanguage, createDocument, editor, typeAtEnd } from './support/person-actions';
import { createInvite, linkAsReachedBy } from './support/space-actions';
import { expectNoEnglish } from './support/visible-strings';

/** "Copy link" on an open document: the clipboard, or, where the window may not use it, the link shown to copy. */
async function copyDocumentLink(page: Page): Promise<string> {
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await page.getByRole('main').getByRole('button', { name: 'Copy link' }).click();
  await expect(page.getByRole('status').filter({ hasText: /^Copied a link to/ })).toBeAttached();
  return page.evaluate(() => navigator.clipboard.readText());
}

/** Pastes a link into quick find and opens what it leads to, by keyboard. */
async function openPastedLink(page: Page, link: string): Promise<void> {
  await page.keyboard.press('Control+K');
  const dialog = page.getByRole('dialog', { name: /^(Quick find|Chwilio cyflym)$/ });
  await dialog.getByRole('searchbox').fill(link);
  await expect(dialog.getByRole('menuitem', { name: link })).toBeVisible();
  await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
}

test('a document’s link opens it for someone else; an invite link opens joining; a link to an unknown server says so', async ({
  alysDevice,
  samDevice,
}) => {
  const alys = await arrive(alysDevice);
  await createDocument(alys, 'Reading Friends: volunteer training');
  await typeAtEnd(alys, 'Training dates for the spring.');
  const link = await copyDocumentLink(alys);
  expect(link).toMatch(/\/d\/[A-Za-z0-9_-]+$/);

  // The server's own page for the link offers the app, and tells a passer-by nothing of the document.
  const page = await (await alys.context().browser()!.newContext()).newPage();
  await page.goto(link);
  await expect(page.getByRole('link', { name: 'Open in the Branchline app' })).toHaveAttribute(
    'href',
    `branchline://open?link=${encodeURIComponent(link)}`,
  );
  await expect(page.getByText('Reading Friends')).toHaveCount(0);
  await page.context().close();

  // Sam pastes it into quick find: the document opens.
  const sam = await arrive(samDevice);
  await openPastedLink(sam, linkAsReachedBy(link, samDevice));
  await expect(sam.getByRole('heading', { level: 1, name: 'Reading Friends: volunteer training' })).toBeVisible();
  await expect(editor(sam)).toContainText('Training dates for the spring.');

  // An invite link for a space Sam is not in yet leads to joining it, as himself.
  await alys.getByRole('main').getByRole('navigation', { name: 'Where you are' }).getByRole('link').last().click();
  await alys.getByRole('navigation', { name: 'Workspace' }).getByRole('link', { name: 'All spaces' }).click();
  await alys.getByRole('button', { name: 'New space' }).click();
  await alys.getByLabel('Name', { exact: true }).fill('Dyfed Children’s Library Leaders');
  await alys.getByRole('button', { name: 'Create space' }).click();
  await alys.getByRole('main').getByRole('link', { name: 'Dyfed Children’s Library Leaders' }).click();
  const invite = await createInvite(alys, 'Member');
  await openPastedLink(sam, linkAsReachedBy(invite, samDevice));
  await expect(sam.getByRole('heading', { level: 1, name: 'Join a space with an invite' })).toBeFocused();
  await expectNoAxeViolations(sam, 'joining by a link, signed in');
  await sam.getByRole('button', { name: 'Join', exact: true }).click();
  await expect(sam.getByRole('heading', { level: 1, name: 'Dyfed Children’s Library Leaders' })).toBeVisible();
  await expect(
    sam.getByRole('status').filter({ hasText: 'You joined Dyfed Children’s Library Leaders.' }),
  ).toBeVisible();

  // A link to a server this device does not know: said plainly, with the way to sign in there; in Welsh too.
  const elsewhere = `http://127.0.0.1:9/d/dAbc12345xyz`;
  await openPastedLink(sam, elsewhere);
  await expect(sam.getByText('a server this device doesn’t know yet')).toBeVisible();
  await expect(sam.getByRole('link', { name: 'Sign in to that server' })).toBeVisible();
  await expectNoAxeViolations(sam, 'a link to an unknown server');
  await chooseLanguage(sam, 'Cymraeg');
  await sam.getByRole('button', { name: cy['settings.close'] }).click();
  await expect(sam.getByRole('link', { name: cy['links.addServer'] })).toBeVisible();
  await expectNoEnglish(sam, 'a link to an unknown server');
});
