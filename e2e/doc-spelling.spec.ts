import { test, expect } from './support/fixtures';
import { cy } from '../renderer/src/i18n/cy';
import { en } from '../renderer/src/i18n/en';
import { expectNoAxeViolations } from './support/axe';
import { SHARED_SPACE } from './support/library-network';
import { switchLanguage } from './support/editor-actions';
import { arrive, createDocument, editor, startDocumentTogether, typeAtEnd } from './support/person-actions';
import { expectMarked, rightClickMarked } from './support/spelling-actions';
import { expectNoEnglish } from './support/visible-strings';

test('a misspelt word is marked; F7 goes to it and a suggestion fixes it, for both people', async ({
  alysDevice,
  samDevice,
}) => {
  const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, 'Opening hours');
  await typeAtEnd(alys, 'Our libary opens at nine on Tuesdays.');
  await expectMarked(alys, ['libary']);
  await expect(alys.getByTestId('spelling-status')).toHaveText(
    `${en['spelling.language_en']}: ${en['spelling.count_one'].replace('{{count}}', '1')}`,
  );

  // By keyboard: from the top of the text, F7 selects the word and opens its menu on the first suggestion.
  await alys.keyboard.press('ControlOrMeta+Home');
  await alys.keyboard.press('F7');
  const menu = alys.getByRole('menu', { name: en['spelling.menu'].replace('{{word}}', 'libary') });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'library', exact: true })).toBeFocused();
  await expectNoAxeViolations(alys, 'spelling menu');
  await alys.screenshot({ path: 'test-results/doc-spelling-menu.png' });
  await alys.keyboard.press('Enter');

  await expect(menu).toBeHidden();
  await expect(editor(alys)).toContainText('Our library opens at nine on Tuesdays.');
  await expect(editor(sam)).toContainText('Our library opens at nine on Tuesdays.');
  await expectMarked(alys, []);
  await expectMarked(sam, []);
  // The text has the focus back, and writing carries on after the word.
  await alys.keyboard.type('y');
  await expect(editor(alys)).toContainText('Our libraryy opens');
});

test('a Welsh document is checked in Welsh; right-click, add to dictionary; Welsh UI at 1280 and 400 px', async ({
  alysDevice,
}) => {
  const page = await arrive(alysDevice);
  await createDocument(page, 'Oriau agor', SHARED_SPACE, 'Welsh');
  await typeAtEnd(page, 'Mae’r llyfgrell ar agor i’r gymuned yn y tŷ newydd. Diolch i Branchline.');
  await expectMarked(page, ['llyfgrell', 'Branchline']);

  await switchLanguage(page, 'cy');
  await expect(page.getByTestId('spelling-status')).toContainText(cy['spelling.language_cy']);
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  await page.keyboard.press('F7');
  const menu = page.getByRole('menu', { name: cy['spelling.menu'].replace('{{word}}', 'llyfgrell') });
  await expect(menu).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'llyfrgell', exact: true })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();

  // The name, by right-click: added to the dictionary, it is no longer marked.
  await rightClickMarked(page, 'Branchline');
  const nameMenu = page.getByRole('menu', { name: cy['spelling.menu'].replace('{{word}}', 'Branchline') });
  await nameMenu.getByRole('menuitem', { name: cy['spelling.add'] }).click();
  await expectMarked(page, ['llyfgrell']);

  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 900 });
    await expect(page.getByTestId('spelling-status')).toBeVisible();
    await expectNoEnglish(page, `Welsh document at ${width} px`);
    await expectNoAxeViolations(page, `Welsh document in Welsh at ${width} px`);
    await page.screenshot({ path: `test-results/doc-spelling-cy-${width}.png`, fullPage: true });
  }
});
