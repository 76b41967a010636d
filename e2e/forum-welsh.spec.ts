import { test, expect } from './support/fixtures';
import { cy } from '../renderer/src/i18n/cy';
import { en } from '../renderer/src/i18n/en';
import { expectNoAxeViolations } from './support/axe';
import { switchLanguage } from './support/editor-actions';
import { createCategory, openCategory, openForum, post, startThread } from './support/forum-actions';
import { arrive } from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

const THREAD = 'Bilingual reading lists for the Summer Reading Challenge';

test('every forum screen in Welsh, at 1280 and 400 px: no English left, axe clean; reactions by keyboard alone', async ({
  alysDevice,
}) => {
  const page = await arrive(alysDevice);
  await openForum(page);
  await createCategory(page, 'Universal Library Offers', 'Cynigion Llyfrgell Cyffredinol');
  await openCategory(page, 'Universal Library Offers');
  await startThread(
    page,
    THREAD,
    'Families told us the challenge felt meant for them. @Sam what did you find in Leeds?',
  );

  // A reaction by keyboard alone: to the post's "Add a reaction" button, its menu, the first reaction.
  const first = post(page, 'Families told us');
  await first.getByRole('button', { name: en['forumReactions.add'] }).focus();
  await page.keyboard.press('Enter');
  await expect(page.getByRole('menu')).toBeVisible();
  await page.keyboard.press('Enter');
  await expect(first.getByRole('button', { name: /Thumbs up: 1/ })).toBeVisible();
  await first.getByRole('button', { name: /Thumbs up: 1/ }).focus();
  await page.keyboard.press('Space');
  await expect(first.getByRole('button', { name: /Thumbs up/ })).toHaveCount(0);

  await switchLanguage(page, 'cy');
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByRole('heading', { name: THREAD })).toBeVisible();
    await expect(page.getByRole('textbox', { name: cy['forumReply.label'] })).toBeVisible();
    await expectNoEnglish(page, `thread at ${width} px`);
    await expectNoAxeViolations(page, `thread in Welsh at ${width} px`);
    await page.screenshot({ path: `test-results/forum-thread-cy-${width}.png`, fullPage: true });

    await page
      .getByRole('link', { name: /Cynigion Llyfrgell Cyffredinol/ })
      .first()
      .click();
    await expect(page.getByRole('link', { name: THREAD })).toBeVisible();
    await expectNoEnglish(page, `category at ${width} px`);
    await expectNoAxeViolations(page, `category in Welsh at ${width} px`);
    await page.screenshot({ path: `test-results/forum-category-cy-${width}.png`, fullPage: true });

    await page.getByRole('link', { name: cy['forum.newThread'] }).click();
    await expect(page.getByLabel(cy['forumNewThread.title'], { exact: true })).toBeVisible();
    await expectNoEnglish(page, `new thread at ${width} px`);
    await expectNoAxeViolations(page, `new thread in Welsh at ${width} px`);
    await page.goBack();
    await page.getByRole('link', { name: THREAD }).click();
  }
});
