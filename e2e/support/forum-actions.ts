import { expect, type Locator, type Page } from '@playwright/test';
import { en } from '../../renderer/src/i18n/en';
import { SHARED_SPACE } from './library-network';
import { goToSpaces, openSpace } from './person-actions';

/** From anywhere, the shared space's forum home (through the spaces list and the space's sections). */
export async function openForum(page: Page, space: string = SHARED_SPACE): Promise<void> {
  await goToSpaces(page);
  await openSpace(page, space);
  await page.getByRole('main').getByRole('link', { name: en['forum.tab'] }).click();
  await expect(page.getByRole('heading', { level: 2, name: en['forum.tab'] })).toBeVisible();
}

/** An admin or moderator makes a category on the forum home. */
export async function createCategory(page: Page, name: string, nameCy?: string): Promise<void> {
  await page.getByRole('button', { name: en['forum.newCategory'] }).click();
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(en['forum.categoryName'], { exact: true }).fill(name);
  if (nameCy) await dialog.getByLabel(en['forum.categoryNameCy'], { exact: true }).fill(nameCy);
  await dialog.getByRole('button', { name: en['forum.createCategory'] }).click();
  await expect(page.getByRole('link', { name, exact: true })).toBeVisible();
}

export async function openCategory(page: Page, name: string): Promise<void> {
  await page.getByRole('main').getByRole('link', { name, exact: true }).click();
  await expect(page.getByRole('heading', { name, exact: true })).toBeVisible();
}

/** The composer on screen (the new thread's first post, a reply or an edit). */
export function composer(page: Page, label: string = en['forumReply.label']): Locator {
  return page.getByRole('textbox', { name: label });
}

/** Types into a composer; `@Name` mentions are picked from the autocomplete by keyboard. */
export async function write(page: Page, box: Locator, text: string): Promise<void> {
  await box.click();
  for (const piece of text.split(/(@\w+)/)) {
    if (!piece.startsWith('@')) {
      await page.keyboard.type(piece);
      continue;
    }
    await page.keyboard.type(piece);
    const option = page.getByRole('option', { name: new RegExp(`^${piece.slice(1)}`) });
    await expect(option).toBeVisible();
    await page.keyboard.press('Enter');
  }
}

/** Starts a thread in the open category; it opens once made. */
export async function startThread(page: Page, title: string, body: string): Promise<void> {
  await page.getByRole('link', { name: en['forum.newThread'] }).click();
  await page.getByLabel(en['forumNewThread.title'], { exact: true }).fill(title);
  await write(page, composer(page, en['forumNewThread.body']), body);
  await page.getByRole('button', { name: en['forumNewThread.send'] }).click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

export async function openThread(page: Page, title: string): Promise<void> {
  await page.getByRole('main').getByRole('link', { name: title }).first().click();
  await expect(page.getByRole('heading', { name: title })).toBeVisible();
}

/** Every post of the open thread, oldest first. */
export function posts(page: Page): Locator {
  return page.getByRole('list', { name: en['forumThread.postsLabel'] }).getByRole('listitem');
}

export function post(page: Page, text: string | RegExp): Locator {
  return posts(page).filter({ hasText: text });
}

export async function reply(page: Page, text: string): Promise<void> {
  await write(page, composer(page), text);
  await page.getByRole('button', { name: en['forumReply.send'] }).click();
  await expect(composer(page)).toHaveText('');
}

/** Answers one post: the reply shows what it answers. */
export async function replyTo(page: Page, to: Locator, text: string): Promise<void> {
  await to.getByRole('button', { name: en['forumPost.reply'], exact: true }).click();
  await reply(page, text);
}

export async function react(page: Page, to: Locator, reaction: 'Thumbs up' | 'Heart' | 'Celebrate'): Promise<void> {
  await to.getByRole('button', { name: en['forumReactions.add'] }).click();
  await page.getByRole('menuitemcheckbox', { name: new RegExp(reaction) }).click();
  // The menu stays open for more than one reaction; the person closes it.
  const menu = page.getByRole('menu', { name: en['forumReactions.add'] });
  if (await menu.isVisible()) await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
}

/** A moderator's thread menu. */
export async function moderate(page: Page, action: string): Promise<void> {
  await page.getByRole('button', { name: en['forumThread.moderateLabel'] }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

/** Fills and confirms a moderator's reason dialog. */
export async function giveReason(page: Page, label: string, reason: string, confirm: string): Promise<void> {
  const dialog = page.getByRole('dialog');
  await dialog.getByLabel(label).fill(reason);
  await dialog.getByRole('button', { name: confirm }).click();
  await expect(dialog).toBeHidden();
}

/** A post's own menu (quote, edit, delete, hide…). */
export async function postAction(page: Page, of: Locator, action: string): Promise<void> {
  await of.getByRole('button', { name: /^More actions/ }).click();
  await page.getByRole('menuitem', { name: action }).click();
}

/** The sidebar's count beside one of its links (Forum, Notifications), or null when it shows none. */
export function sidebarLink(page: Page, name: string): Locator {
  return page
    .getByRole('navigation')
    .getByRole('link', { name: new RegExp(`^${name}`) })
    .first();
}
