import type { Page } from '@playwright/test';
import { cy } from '../renderer/src/i18n/cy';
import { expectNoAxeViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import { SHARED_SPACE } from './support/library-network';
import {
  arrive,
  backToDocuments,
  chooseLanguage,
  createDocument,
  editor,
  expectConnection,
  typeAtEnd,
} from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

function quickFind(page: Page) {
  return page.getByRole('dialog', { name: /^(Quick find|Chwilio cyflym)$/ });
}

function findField(page: Page) {
  return quickFind(page).getByRole('searchbox');
}

/** What quick find offers now, as the screen reader reads each option. */
function results(page: Page) {
  return quickFind(page).getByRole('menuitem');
}

test('quick find, by keyboard alone: documents by their words (offline too), spaces, people; Welsh letters and mutations', async ({
  alysDevice,
}) => {
  // Alys writes a document with Welsh in it; Sam, in her space, is someone she can find.
  const alys = await arrive(alysDevice);
  await createDocument(alys, 'Summer Reading Challenge plan');
  await typeAtEnd(alys, 'Sesiynau stori i blant yn y gymuned, a dŵr i bawb. Volunteers meet on Tuesdays.');
  await backToDocuments(alys);
  // The space's home offers the way back to it too.
  await expect(
    alys.getByRole('region', { name: 'Recently viewed' }).getByRole('link', { name: 'Summer Reading Challenge plan' }),
  ).toBeVisible();

  // Ctrl+K opens it, with the focus in its field; nothing typed offers what she opened lately.
  await alys.keyboard.press('Control+K');
  await expect(findField(alys)).toBeFocused();
  await expect(results(alys).filter({ hasText: 'Summer Reading Challenge plan' })).toBeVisible();
  await expectNoAxeViolations(alys, 'quick find, empty');

  // Words from the text are found as she types, the match marked; the count is said.
  await alys.keyboard.type('volunt');
  const hit = results(alys).filter({ hasText: 'Summer Reading Challenge plan' });
  await expect(hit).toBeVisible();
  await expect(hit.locator('mark').first()).toHaveText(/^volunt/i);
  await expect(quickFind(alys).getByRole('status')).toHaveText(/^\d+ results?$/);
  await expectNoAxeViolations(alys, 'quick find, with results');

  // Case and Welsh letters fold (dwr finds dŵr); a mutated form finds its radical (nghymuned ↔ gymuned).
  for (const words of ['DWR', 'nghymuned', 'cymuned']) {
    await findField(alys).fill(words);
    await expect(results(alys).filter({ hasText: 'Summer Reading Challenge plan' })).toBeVisible();
  }

  // A space by its name; Enter opens the one the arrows reach.
  await findField(alys).fill('north west reading');
  await expect(results(alys).filter({ hasText: SHARED_SPACE })).toBeVisible();
  await alys.keyboard.press('ArrowDown');
  await alys.keyboard.press('Enter');
  await expect(quickFind(alys)).toBeHidden();
  await expect(alys.getByRole('heading', { level: 1, name: SHARED_SPACE })).toBeVisible();

  // A person, and their page.
  await alys.keyboard.press('Control+K');
  await findField(alys).fill('okafor');
  await expect(results(alys).filter({ hasText: 'Sam Okafor' })).toBeVisible();
  await alys.keyboard.press('ArrowDown');
  await alys.keyboard.press('Enter');
  await expect(alys.getByRole('heading', { level: 1, name: 'Sam Okafor' })).toBeFocused();
  await expect(alys.getByRole('main').getByRole('link', { name: SHARED_SPACE })).toBeVisible();
  await expectNoAxeViolations(alys, 'a person');

  // Offline, the text is still found, and the document opens from the device.
  alysDevice.goOffline();
  await alys.getByRole('button', { name: 'Find…' }).first().click();
  await findField(alys).fill('tuesdays');
  await expect(results(alys).filter({ hasText: 'Summer Reading Challenge plan' })).toBeVisible();
  await alys.keyboard.press('ArrowDown');
  await alys.keyboard.press('Enter');
  await expect(editor(alys)).toContainText('Volunteers meet on Tuesdays.');
  await expectConnection(alys, 'offline');

  // Escape closes it and gives the focus back.
  await alys.keyboard.press('Control+Shift+K');
  await expect(findField(alys)).toBeFocused();
  await alys.keyboard.press('Escape');
  await expect(quickFind(alys)).toBeHidden();
});

test('quick find in Welsh, at 400 px: no English left, and it fits', async ({ alysDevice }) => {
  const alys = await arrive(alysDevice);
  await createDocument(alys, 'Cynllun Her Ddarllen yr Haf');
  await typeAtEnd(alys, 'Gweithdai i deuluoedd ym mhob llyfrgell.');
  await chooseLanguage(alys, 'Cymraeg');
  await alys.getByRole('button', { name: cy['settings.close'] }).click();
  await alys.setViewportSize({ width: 400, height: 800 });
  await alys.getByRole('button', { name: cy['find.open'] }).click();
  await expect(findField(alys)).toBeFocused();
  await findField(alys).fill('llyfrgell gweithd');
  await expect(results(alys).filter({ hasText: 'Cynllun Her Ddarllen yr Haf' })).toBeVisible();
  const box = (await quickFind(alys).boundingBox())!;
  expect(box.x).toBeGreaterThanOrEqual(0);
  expect(box.x + box.width).toBeLessThanOrEqual(400);
  await expectNoEnglish(alys, 'quick find');
  await expectNoAxeViolations(alys, 'quick find in Welsh at 400 px');
});
