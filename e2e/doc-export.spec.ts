import { test, expect } from './support/fixtures';
import { cy } from '../renderer/src/i18n/cy';
import { expectNoAxeViolations } from './support/axe';
import { switchLanguage } from './support/editor-actions';
import { EXPORT_FORMATS, exportByKeyboard, importFile, openExportMenu } from './support/export-actions';
import { arriveAndStartDocument, backToDocuments, editor, typeAtEnd } from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

const TITLE = 'Cynnig darllen ŵ ŷ â';

test('a document exported by keyboard in every format, and a Markdown file imported as a new document', async ({
  alysDevice,
}) => {
  const page = await arriveAndStartDocument(alysDevice, TITLE);
  await typeAtEnd(page, '# Ein cynllun\nDarllen yn y dŵr a’r tŷ: ŵ ŷ â.');
  await expect(editor(page).locator('h1')).toHaveText('Ein cynllun');

  const extensions = { markdown: '.md', html: '.html', docx: '.docx', pdf: '.pdf' } as const;
  for (const format of EXPORT_FORMATS) {
    const { download, bytes } = await exportByKeyboard(page, format);
    expect(download.suggestedFilename()).toBe(`${TITLE}${extensions[format]}`);
    if (format === 'markdown')
      expect(bytes.toString('utf8')).toBe('# Ein cynllun\n\nDarllen yn y dŵr a’r tŷ: ŵ ŷ â.\n');
    if (format === 'html') expect(bytes.toString('utf8')).toContain(`<title>${TITLE}</title>`);
    if (format === 'docx') expect(bytes.subarray(0, 2).toString('latin1')).toBe('PK');
    if (format === 'pdf') expect(bytes.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  }
  await expect(page.getByRole('status').filter({ hasText: `Exported as ${TITLE}.pdf.` })).toBeAttached();
  await openExportMenu(page);
  await expectNoAxeViolations(page, 'document with the Export menu open');
  await page.keyboard.press('Escape');

  await backToDocuments(page);
  await importFile(page, {
    name: 'nodiadau.md',
    mimeType: 'text/markdown',
    buffer: Buffer.from('# Nodiadau’r cyfarfod\n\n- Llyfrau i’r plant\n- Oriau agor\n'),
  });
  await expect(page.getByRole('heading', { level: 1, name: 'Nodiadau’r cyfarfod', exact: true })).toBeVisible();
  await expect(editor(page).locator('li')).toHaveText(['Llyfrau i’r plant', 'Oriau agor']);
});

test('the Export menu and Import in Welsh: no English left, axe clean', async ({ alysDevice }) => {
  const page = await arriveAndStartDocument(alysDevice, TITLE);
  await switchLanguage(page, 'cy');
  await openExportMenu(page, 'cy');
  await expect(page.getByRole('menuitem', { name: cy['export.format.docx'] })).toBeVisible();
  await expectNoEnglish(page, 'Export menu');
  await expectNoAxeViolations(page, 'Export menu in Welsh');
  await page.keyboard.press('Escape');
  await backToDocuments(page);
  await expect(page.getByRole('button', { name: cy['export.importButton'], exact: true })).toBeVisible();
  await expectNoEnglish(page, 'documents with Import');
});
