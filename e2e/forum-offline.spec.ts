import { test, expect } from './support/fixtures';
import { en } from '../renderer/src/i18n/en';
import { expectNoAxeViolations } from './support/axe';
import {
  createCategory,
  giveReason,
  moderate,
  openCategory,
  openForum,
  openThread,
  posts,
  reply,
  startThread,
} from './support/forum-actions';
import { outboxButton } from './support/outbox-actions';
import { arrive, expectSpacesList } from './support/person-actions';

const CATEGORY = 'Volunteers';
const ROTA = 'Saturday opening: the volunteer rota';
const NEW_THREAD = 'Reading Friends: a second group on Thursdays';

test('a thread and replies written offline survive a restart and arrive once, in order; a reply to a thread locked meanwhile comes back refused with its text', async ({
  alysDevice,
  samDevice,
}) => {
  const alys = await arrive(alysDevice);
  await openForum(alys);
  await createCategory(alys, CATEGORY);
  await openCategory(alys, CATEGORY);
  await startThread(alys, ROTA, 'Who can take the first Saturday of each month?');

  // Sam has seen the category and the rota thread on his device, then loses the network.
  const sam = await arrive(samDevice);
  await openForum(sam);
  await openCategory(sam, CATEGORY);
  await openThread(sam, ROTA);
  samDevice.goOffline();
  await reply(sam, 'I can take March and April.');
  await expect(sam.getByRole('heading', { name: en['forumPending.heading'] })).toBeVisible();

  await sam.getByRole('link', { name: `In ${CATEGORY}` }).click();
  await startThread(sam, NEW_THREAD, 'We have six children waiting for a place.');
  await reply(sam, 'Two volunteers have offered to run it.');
  await reply(sam, 'We would start after half term.');
  await expect(outboxButton(sam)).toHaveText('Outbox (4)');

  // Meanwhile Alys locks the rota thread.
  await moderate(alys, en['forumModeration.lock']);
  await giveReason(
    alys,
    en['forumModeration.lockReason'],
    'The rota is full until June.',
    en['forumModeration.lockConfirm'],
  );

  // Sam closes the app and opens it again, still offline: everything he wrote is still waiting.
  await samDevice.closeApp();
  const reopened = await samDevice.openApp();
  await expectSpacesList(reopened);
  await expect(outboxButton(reopened)).toHaveText('Outbox (4)');
  await openForum(reopened);
  await openCategory(reopened, CATEGORY);
  await openThread(reopened, ROTA);
  await expect(reopened.getByText('I can take March and April.')).toBeVisible();
  await expectNoAxeViolations(reopened, 'a thread with a reply waiting');

  // Back online: the new thread and its replies arrive once each, in order; the rota reply is refused, its text kept.
  samDevice.goOnline();
  await expect(reopened.getByText(/Refused: .*locked/)).toBeVisible({ timeout: 45_000 });
  await expect(reopened.getByText('I can take March and April.')).toBeVisible();
  await expect(reopened.getByRole('button', { name: en['forumPending.editAgain'] })).toBeVisible();

  await openForum(alys);
  await openCategory(alys, CATEGORY);
  await openThread(alys, NEW_THREAD);
  await expect(posts(alys)).toHaveCount(3);
  await expect(posts(alys).nth(0)).toContainText('We have six children waiting for a place.');
  await expect(posts(alys).nth(1)).toContainText('Two volunteers have offered to run it.');
  await expect(posts(alys).nth(2)).toContainText('We would start after half term.');
  await openForum(alys);
  await openCategory(alys, CATEGORY);
  await openThread(alys, ROTA);
  await expect(posts(alys)).toHaveCount(1);
});

test('the forum indexes of one’s spaces read offline without having been opened', async ({ alysDevice, samDevice }) => {
  const alys = await arrive(alysDevice);
  await openForum(alys);
  await createCategory(alys, CATEGORY);
  await openCategory(alys, CATEGORY);
  await startThread(alys, ROTA, 'Who can take the first Saturday of each month?');

  // Sam signs in and reads nothing; a moment later his device has copied the forum's indexes.
  const sam = await arrive(samDevice);
  await sam.waitForTimeout(3_000);
  samDevice.goOffline();
  await openForum(sam);
  await openCategory(sam, CATEGORY);
  await expect(sam.getByRole('link', { name: ROTA })).toBeVisible();
});
