import type { Page } from '@playwright/test';
import { test, expect } from './support/fixtures';
import { en } from '../renderer/src/i18n/en';
import { cy } from '../renderer/src/i18n/cy';
import { expectNoAxeViolations } from './support/axe';
import { switchLanguage } from './support/editor-actions';
import {
  createCategory,
  giveReason,
  moderate,
  openCategory,
  openForum,
  openThread,
  post,
  postAction,
  reply,
  startThread,
} from './support/forum-actions';
import { alys, sam } from './support/library-network';
import { arrive } from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

test.use({ networkOptions: { roles: { [alys.email]: 'admin', [sam.email]: 'member' } } });

const CATEGORY = 'Volunteer recruitment';
const THREAD = 'Volunteers for the summer reading sessions';

function quickFind(page: Page) {
  return page.getByRole('dialog', { name: en['find.title'] });
}

test('a post found through quick find and forum search, marked where it lands; a moderator’s actions in the log, in Welsh too', async ({
  alysDevice,
  samDevice,
}) => {
  // Alys, an admin, starts a thread; Sam, a member, answers it.
  const alysPage = await arrive(alysDevice);
  await openForum(alysPage);
  await createCategory(alysPage, CATEGORY, 'Recriwtio gwirfoddolwyr');
  await openCategory(alysPage, CATEGORY);
  await startThread(alysPage, THREAD, 'Which branches still need volunteers for the bilingual sessions?');

  const samPage = await arrive(samDevice);
  await openForum(samPage);
  await openCategory(samPage, CATEGORY);
  await openThread(samPage, THREAD);
  await reply(samPage, 'Leeds Central has two retired teachers who run a Tuesday storytime.');
  // A member is offered search, not the moderation log.
  await openForum(samPage);
  await expect(samPage.getByRole('link', { name: en['forumSearch.open'] })).toBeVisible();
  await expect(samPage.getByRole('link', { name: en['forumLog.open'] })).toHaveCount(0);

  // Sam finds his own words with quick find, by keyboard alone, and lands on that post with them marked.
  await samPage.keyboard.press('Control+K');
  await samPage.keyboard.type('storytime');
  const hit = quickFind(samPage).getByRole('menuitem').filter({ hasText: THREAD }).filter({ hasText: 'Sam Okafor' });
  await expect(hit).toBeVisible();
  await expect(quickFind(samPage).getByRole('group', { name: en['findPosts.group'] })).toBeVisible();
  await expect(hit.locator('mark')).toHaveText('storytime');
  await expectNoAxeViolations(samPage, 'quick find with a forum post');
  await samPage.keyboard.press('ArrowDown');
  await samPage.keyboard.press('Enter');
  await expect(quickFind(samPage)).toBeHidden();
  await expect(samPage.getByRole('heading', { name: THREAD })).toBeVisible();
  const found = post(samPage, 'Tuesday storytime');
  await expect(found).toBeFocused();
  await expect(found).toHaveClass(/highlighted/);
  await expect(found.locator('mark')).toHaveText('storytime');
  await expect(post(samPage, 'Which branches').locator('mark')).toHaveCount(0);
  await expectNoAxeViolations(samPage, 'a thread with a found post marked');

  // Forum search: results as he types, a category filter, the count said; a result leads to its post.
  await openForum(samPage);
  await samPage.getByRole('link', { name: en['forumSearch.open'] }).click();
  await expect(samPage.getByRole('heading', { name: en['forumSearch.title'] })).toBeFocused();
  await samPage.getByRole('searchbox', { name: en['forumSearch.field'] }).fill('bilingual');
  const results = samPage.getByRole('list', { name: en['forumSearch.resultsLabel'] });
  await expect(results.getByRole('link', { name: THREAD })).toBeVisible();
  await expect(samPage.getByRole('status').filter({ hasText: '1 post found' })).toBeAttached();
  await samPage.getByRole('button', { name: new RegExp(en['forumSearch.category']) }).click();
  await samPage.getByRole('option', { name: CATEGORY }).click();
  await expect(results.getByRole('link', { name: THREAD })).toBeVisible();
  await expectNoAxeViolations(samPage, 'forum search with results');
  await samPage.setViewportSize({ width: 400, height: 800 });
  await expectNoAxeViolations(samPage, 'forum search at 400 px');
  await samPage.setViewportSize({ width: 1280, height: 800 });

  // Alys locks the thread and hides Sam's post; the hidden body is among its earlier versions for her.
  await moderate(alysPage, en['forumModeration.lock']);
  await giveReason(
    alysPage,
    en['forumModeration.lockReason'],
    'Enough volunteers for now.',
    en['forumModeration.lockConfirm'],
  );
  const samsPost = post(alysPage, 'Tuesday storytime');
  await expect(samsPost).toBeVisible();
  await postAction(alysPage, samsPost, en['forumPost.hide']);
  await giveReason(
    alysPage,
    en['forumModeration.hideReason'],
    'Names a volunteer without asking.',
    en['forumModeration.hideConfirm'],
  );
  await expect(alysPage.getByText('Hidden by a moderator. Reason: Names a volunteer without asking.')).toBeVisible();
  await postAction(alysPage, post(alysPage, 'Names a volunteer without asking'), en['postVersions.menu']);
  const versions = alysPage.getByRole('dialog', { name: /^Earlier versions of Sam Okafor/ });
  await expect(versions.getByText(/^Hidden by a moderator, /)).toBeVisible();
  await expect(versions.getByText('Leeds Central has two retired teachers who run a Tuesday storytime.')).toBeVisible();
  await expectNoAxeViolations(alysPage, 'earlier versions of a post');
  await alysPage.keyboard.press('Escape');
  await expect(versions).toBeHidden();

  // The moderation log, from the forum home: newest first, who, what, which thread or post, why.
  await openForum(alysPage);
  await alysPage.getByRole('link', { name: en['forumLog.open'] }).click();
  await expect(alysPage.getByRole('heading', { name: en['forumLog.title'] })).toBeFocused();
  const entries = alysPage.getByRole('list', { name: en['forumLog.listLabel'] }).getByRole('listitem');
  // Making the category was the first.
  await expect(entries).toHaveCount(3);
  await expect(entries.nth(0)).toContainText(`Alys Pritchard ${en['forumLog.hidePost']}`);
  await expect(entries.nth(0).getByRole('link', { name: `A post in “${THREAD}”` })).toBeVisible();
  await expect(entries.nth(0)).toContainText('Why: Names a volunteer without asking.');
  await expect(entries.nth(1)).toContainText(en['forumLog.lock']);
  await expect(entries.nth(1).getByRole('link', { name: THREAD })).toBeVisible();
  await expect(entries.nth(1)).toContainText('Why: Enough volunteers for now.');
  await expect(entries.nth(2)).toContainText(`${en['forumLog.createCategory']}`);
  await expect(entries.nth(2)).toContainText(`Category: ${CATEGORY}`);
  await expect(entries.nth(2)).toContainText(en['forumLog.noReason']);
  await expectNoAxeViolations(alysPage, 'moderation log');

  // In Welsh, at 400 px: no English left.
  await switchLanguage(alysPage, 'cy');
  await expect(alysPage.getByRole('heading', { name: cy['forumLog.title'] })).toBeVisible();
  const entriesCy = alysPage.getByRole('list', { name: cy['forumLog.listLabel'] }).getByRole('listitem');
  await expect(entriesCy.nth(0)).toContainText(`Alys Pritchard ${cy['forumLog.hidePost']}`);
  await expect(entriesCy.nth(0)).toContainText('Pam: Names a volunteer without asking.');
  await alysPage.setViewportSize({ width: 400, height: 800 });
  await expectNoAxeViolations(alysPage, 'moderation log in Welsh at 400 px');
  await expectNoEnglish(alysPage, 'moderation log');
  await alysPage.screenshot({ path: 'test-results/forum-log-cy-400.png', fullPage: true });
});
