import { test, expect } from './support/fixtures';
import { cy } from '../renderer/src/i18n/cy';
import { en } from '../renderer/src/i18n/en';
import { expectNoAxeViolations } from './support/axe';
import { switchLanguage } from './support/editor-actions';
import { createFromTemplate, documentAction, listedTitles, showLibraryView } from './support/library-actions';
import { arrive, backToDocuments, documentLink, editor, openSpace } from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

const ENGLISH = 'Summer Reading case study';
const WELSH = 'Astudiaeth achos Her Ddarllen yr Haf';

test('the library: templates in two languages, translation links, sort and filter, duplicate, bin, restore, empty; in Welsh too', async ({
  alysDevice,
}) => {
  const page = await arrive(alysDevice);
  await openSpace(page);

  // From a template, in each language: the server writes the headings in the document's language.
  await createFromTemplate(page, ENGLISH, en['library.template.case-study'], 'English');
  await expect(editor(page)).toContainText('Outcomes and evidence');
  await backToDocuments(page);
  await createFromTemplate(page, WELSH, en['library.template.case-study'], 'Welsh');
  await expect(editor(page)).toContainText('Canlyniadau a thystiolaeth');
  await backToDocuments(page);

  // Linked as each other's translation: each links to the other, in the other's language.
  await documentAction(page, ENGLISH, en['library.languageShort']);
  await page.getByLabel(en['library.translation'], { exact: true }).selectOption({ label: WELSH });
  await page.getByRole('button', { name: en['library.save'], exact: true }).click();
  await documentLink(page, ENGLISH).click();
  const toWelsh = page.getByRole('link', { name: 'Darllen yn Gymraeg' });
  await expect(toWelsh).toHaveAttribute('lang', 'cy');
  await toWelsh.click();
  await expect(page.getByRole('heading', { level: 1, name: WELSH })).toBeVisible();
  await expect(page.getByRole('link', { name: 'Read in English' })).toHaveAttribute('lang', 'en');
  await backToDocuments(page);

  // Sort by title, filter by title.
  await page.getByLabel(en['library.sortLabel']).selectOption({ label: en['library.sortTitle'] });
  const titles = await listedTitles(page);
  expect(titles).toEqual([...titles].sort((a, b) => a.localeCompare(b, 'en', { sensitivity: 'base' })));
  await page.getByLabel(en['library.filterTitle']).fill('summer reading');
  expect(await listedTitles(page)).toEqual([ENGLISH]);
  await page.getByLabel(en['library.filterTitle']).fill('');

  // Duplicate, then bin the copy: it leaves the list for the bin; restored, it comes back.
  await documentAction(page, ENGLISH, en['library.duplicate']);
  const copy = `Copy of ${ENGLISH}`;
  await expect(documentLink(page, copy)).toBeVisible();
  await documentAction(page, copy, en['library.binShort']);
  await expect(documentLink(page, copy)).toHaveCount(0);
  await showLibraryView(page, 'Bin');
  const bin = page.getByRole('list', { name: en['library.binListLabel'] });
  await expect(bin.getByRole('link', { name: copy })).toBeVisible();
  await expectNoAxeViolations(page, 'the bin');
  // Opened from the bin, it says so, is read-only, and offers Restore.
  await bin.getByRole('link', { name: copy }).click();
  await expect(page.getByText(en['library.inBin'])).toBeVisible();
  await expect(editor(page)).toHaveAttribute('contenteditable', 'false');
  await expectNoAxeViolations(page, 'a document in the bin');
  await page.getByRole('button', { name: en['library.restore'], exact: true }).click();
  await expect(page.getByText(en['library.inBin'])).toHaveCount(0);
  await expect(editor(page)).toHaveAttribute('contenteditable', 'true');
  await backToDocuments(page);
  await expect(documentLink(page, copy)).toBeVisible();
  await expectNoAxeViolations(page, 'the library');

  // Binned again, and the admin empties the bin: it asks first.
  await documentAction(page, copy, en['library.binShort']);
  await showLibraryView(page, 'Bin');
  await page.getByRole('button', { name: en['library.emptyBin'] }).click();
  const dialog = page.getByRole('alertdialog', { name: en['library.emptyConfirmTitle'] });
  await expect(dialog).toBeVisible();
  await expectNoAxeViolations(page, 'empty the bin');
  await dialog.getByRole('button', { name: en['library.emptyConfirm'] }).click();
  await expect(page.getByText(en['library.binEmpty'])).toBeVisible();

  // The library in Welsh, at 1280 and 400 px: no English left, axe clean.
  await switchLanguage(page, 'cy');
  for (const width of [1280, 400]) {
    await page.setViewportSize({ width, height: 900 });
    await showLibraryView(page, 'Dogfennau');
    await expect(page.getByLabel(cy['library.sortLabel'])).toBeVisible();
    await expectNoEnglish(page, `library at ${width} px`);
    await expectNoAxeViolations(page, `library in Welsh at ${width} px`);
    await showLibraryView(page, 'Y bin');
    await expect(page.getByText(cy['library.binEmpty'])).toBeVisible();
    await expectNoEnglish(page, `bin at ${width} px`);
    await expectNoAxeViolations(page, `bin in Welsh at ${width} px`);
  }
});
