import { test, expect } from './support/fixtures';
import { en } from '../renderer/src/i18n/en';
import { expectNoAxeViolations } from './support/axe';
import {
  composer,
  createCategory,
  giveReason,
  moderate,
  openCategory,
  openForum,
  openThread,
  post,
  postAction,
  posts,
  react,
  replyTo,
  sidebarLink,
  startThread,
} from './support/forum-actions';
import { alys, priya, sam } from './support/library-network';
import { arrive, editor } from './support/person-actions';

test.use({
  networkOptions: {
    moreAccounts: [priya],
    roles: { [alys.email]: 'admin', [sam.email]: 'member', [priya.email]: 'moderator' },
  },
});

const CATEGORY = 'Universal Library Offers';
const THREAD = 'Summer Reading Challenge: reaching children who did not finish';

test('a discussion: a thread, a mention, a reply and a reaction, then a moderator pins, locks and hides', async ({
  alysDevice,
  samDevice,
  priyaDevice,
}) => {
  const alysPage = await arrive(alysDevice);
  await openForum(alysPage);
  await createCategory(alysPage, CATEGORY, 'Cynigion Llyfrgell Cyffredinol');
  await expectNoAxeViolations(alysPage, 'forum home with a category');

  // Sam starts a thread that mentions Alys.
  const samPage = await arrive(samDevice);
  await openForum(samPage);
  await openCategory(samPage, CATEGORY);
  await startThread(samPage, THREAD, 'Our completion rate dipped last summer. @Alys what worked in Gwynedd?');
  await expect(post(samPage, 'Our completion rate dipped').getByText('@Alys Pritchard')).toBeVisible();
  await expectNoAxeViolations(samPage, 'a thread');

  // Alys's notifications count rises; opening the mention takes her to the post and clears it.
  await expect(sidebarLink(alysPage, en['forum.notificationsHeading'])).toContainText('1');
  // The server switcher says so too, beside the server's name.
  await expect(alysPage.locator('.server-choice', { hasText: 'Unread notifications: 1' })).toHaveCount(1);
  await sidebarLink(alysPage, en['forum.notificationsHeading']).click();
  await expectNoAxeViolations(alysPage, 'notifications');
  await alysPage
    .getByRole('main')
    .getByRole('link', { name: new RegExp(THREAD) })
    .first()
    .click();
  await expect(alysPage.getByRole('heading', { name: THREAD })).toBeVisible();
  await expect(sidebarLink(alysPage, en['forum.notificationsHeading'])).not.toContainText('1');

  // She answers Sam's post and reacts to it; Sam sees both, and what the reply answers.
  // Sam's post is the first (the reply below quotes its words too).
  const first = posts(alysPage).first();
  await replyTo(alysPage, first, 'Bilingual reading lists: families felt the challenge was meant for them.');
  await react(alysPage, first, 'Thumbs up');
  await expect(posts(samPage)).toHaveCount(2);
  const answer = post(samPage, 'Bilingual reading lists');
  await expect(answer.getByText(/In reply to Sam Okafor/)).toBeVisible();
  await expect(
    posts(samPage)
      .first()
      .getByRole('button', { name: /Thumbs up: 1/ }),
  ).toBeVisible();

  // Priya, a moderator, pins the thread, then locks it with a reason, and hides Alys's reply.
  const priyaPage = await arrive(priyaDevice);
  await openForum(priyaPage);
  await openCategory(priyaPage, CATEGORY);
  await openThread(priyaPage, THREAD);
  await moderate(priyaPage, en['forumModeration.pin']);
  await expect(priyaPage.getByText(en['forumThread.pinned'], { exact: true })).toBeVisible();
  await moderate(priyaPage, en['forumModeration.lock']);
  await giveReason(
    priyaPage,
    en['forumModeration.lockReason'],
    'The challenge has ended; a new thread follows in June.',
    en['forumModeration.lockConfirm'],
  );
  await postAction(priyaPage, post(priyaPage, 'Bilingual reading lists'), en['forumPost.hide']);
  await giveReason(priyaPage, en['forumModeration.hideReason'], 'Names a child.', en['forumModeration.hideConfirm']);

  // Sam's reply box is gone, and says why; Alys sees why her post was hidden.
  await expect(samPage.getByText('A moderator has locked this thread: The challenge has ended')).toBeVisible();
  await expect(composer(samPage)).toHaveCount(0);
  await expect(alysPage.getByText('A moderator hid your post. Reason: Names a child.')).toBeVisible();
  await expect(samPage.getByText(en['forumPost.hidden'])).toBeVisible();
  await expect(samPage.getByText('Bilingual reading lists')).toHaveCount(0);
  await expectNoAxeViolations(samPage, 'a locked thread with a hidden post');

  // Alys turns the discussion into a document: it opens with what was said, and nothing that was hidden.
  await alysPage.getByRole('button', { name: en['forumThread.toDocument'] }).click();
  // Every post shown is chosen to start with.
  const choose = alysPage.getByRole('dialog', { name: en['forumThread.toDocument'] });
  await choose.getByRole('button', { name: en['documents.create'], exact: true }).click();
  await expect(alysPage.getByRole('heading', { level: 1, name: THREAD })).toBeVisible();
  await expect(editor(alysPage)).toContainText('Our completion rate dipped last summer.');
  await expect(editor(alysPage)).not.toContainText('Bilingual reading lists');
});
