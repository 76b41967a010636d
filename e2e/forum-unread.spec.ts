import { test, expect } from './support/fixtures';
import { en } from '../renderer/src/i18n/en';
import { createCategory, openCategory, openForum, openThread, sidebarLink, startThread } from './support/forum-actions';
import { alys } from './support/library-network';
import { arrive } from './support/person-actions';

const CATEGORY = 'Health and Wellbeing Offer';

test('unread counts rise on both of one person’s devices, and clear on both when read on one; mark all read', async ({
  network,
  alysDevice,
  samDevice,
}) => {
  const laptop = await arrive(alysDevice);
  await openForum(laptop);
  await createCategory(laptop, CATEGORY);
  const phone = await arrive(await network.person(alys));
  await openForum(phone);

  const sam = await arrive(samDevice);
  await openForum(sam);
  await openCategory(sam, CATEGORY);
  await startThread(sam, 'Reading Well: keeping the collections current', 'We rotate them between branches.');
  await openForum(sam);
  await openCategory(sam, CATEGORY);
  await startThread(sam, 'Books on prescription: GP referrals', 'Our surgeries refer people again.');

  // Two new threads: both of Alys's devices count them; Sam, who wrote them, has nothing unread.
  for (const page of [laptop, phone]) await expect(sidebarLink(page, en['forum.tab'])).toContainText('2');
  await expect(sidebarLink(sam, en['forum.tab'])).not.toContainText(/\d/);

  // Read on the laptop, the phone's count falls too.
  await openCategory(laptop, CATEGORY);
  await openThread(laptop, 'Reading Well: keeping the collections current');
  for (const page of [laptop, phone]) await expect(sidebarLink(page, en['forum.tab'])).toContainText('1');

  // "Mark all read" on the phone clears both.
  await phone.getByRole('button', { name: en['forum.markAllRead'] }).click();
  for (const page of [laptop, phone]) await expect(sidebarLink(page, en['forum.tab'])).not.toContainText(/\d/);
});
