import { expectNoAxeViolations } from './support/axe';
import { cy } from '../renderer/src/i18n/cy';
import { caretAtEnd, formattingToolbar, switchLanguage } from './support/editor-actions';
import { test, expect } from './support/fixtures';
import { arriveAndStartDocument, editor } from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

test('a link is added, refused, edited and removed by keyboard in a modal dialog that passes axe', async ({
  alysDevice,
}) => {
  const page = await arriveAndStartDocument(alysDevice, 'Reading offer: links');
  await caretAtEnd(page);
  await page.keyboard.type('Read the offer');
  await expect(editor(page)).toHaveText('Read the offer');
  for (let step = 0; step < 'the offer'.length; step++) await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => page.evaluate(() => window.getSelection()?.toString())).toBe('the offer');

  // Ctrl+K in the text opens the dialog, with the focus in its labelled address field.
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: 'Add a link' });
  await expect(dialog).toBeVisible();
  const address = dialog.getByRole('textbox', { name: 'Web address' });
  await expect(address).toBeFocused();
  await expectNoAxeViolations(page, 'link dialog');

  // The focus stays in the dialog.
  for (let step = 0; step < 5; step++) {
    await page.keyboard.press('Tab');
    expect(await dialog.evaluate((element) => element.contains(document.activeElement))).toBe(true);
  }

  // An address that is not web or mail is refused, said at once, and the field says why.
  await address.focus();
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('javascript:alert(1)');
  await page.keyboard.press('Enter');
  const reason = 'Use a web address starting with https://, http:// or mailto:';
  await expect(dialog.getByRole('alert')).toHaveText(reason);
  await expect(address).toHaveAttribute('aria-invalid', 'true');
  await expect(address).toHaveAccessibleDescription(reason);
  await expect(address).toBeFocused();
  await expectNoAxeViolations(page, 'link dialog with a refused address');

  // A bare domain is made a web address; the text gets the link and the focus.
  await page.keyboard.press('ControlOrMeta+a');
  await page.keyboard.type('librariesconnected.org.uk/offers');
  await page.keyboard.press('Enter');
  await expect(dialog).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
  const link = editor(page).getByRole('link', { name: 'the offer' });
  await expect(link).toHaveAttribute('href', 'https://librariesconnected.org.uk/offers');

  // In the link, the toolbar's link tool is on, and the dialog edits it: Escape changes nothing and gives the text back.
  await page.keyboard.press('Home');
  for (let step = 0; step < 'Read th'.length; step++) await page.keyboard.press('ArrowRight');
  await expect(formattingToolbar(page).getByRole('button', { name: 'Link' })).toHaveAttribute('aria-pressed', 'true');
  await page.keyboard.press('ControlOrMeta+k');
  const edit = page.getByRole('dialog', { name: 'Edit the link' });
  await expect(edit.getByRole('textbox', { name: 'Web address' })).toHaveValue(
    'https://librariesconnected.org.uk/offers',
  );
  await page.keyboard.press('Escape');
  await expect(edit).toHaveCount(0);
  await expect(editor(page)).toBeFocused();
  await expect(link).toHaveAttribute('href', 'https://librariesconnected.org.uk/offers');

  // From the toolbar, by keyboard (back past the Insert toolbar): the link tool opens the same dialog; Remove link takes it off.
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Shift+Tab');
  await page.keyboard.press('Home');
  const linkTool = formattingToolbar(page).getByRole('button', { name: 'Link' });
  for (let step = 0; step < 20 && !(await linkTool.evaluate((tool) => tool === document.activeElement)); step++)
    await page.keyboard.press('ArrowRight');
  await expect(linkTool).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(edit).toBeVisible();
  await edit.getByRole('button', { name: 'Remove link' }).focus();
  await page.keyboard.press('Enter');
  await expect(edit).toHaveCount(0);
  await expect(editor(page).getByRole('link')).toHaveCount(0);
  await expect(editor(page)).toContainText('Read the offer');
  await expect(editor(page)).toBeFocused();
});

test('Ctrl+K in the text is the editor’s, and goes no further; Ctrl+Shift+K is left to the app', async ({
  alysDevice,
}) => {
  const page = await arriveAndStartDocument(alysDevice, 'Reading offer: shortcuts');
  // Which of them reach the window, where the app's own shortcuts (quick find) listen.
  await page.evaluate(() => {
    const seen: string[] = [];
    (window as unknown as { seenKeys: string[] }).seenKeys = seen;
    window.addEventListener('keydown', (event) => {
      if (event.key.toLowerCase() === 'k') seen.push(`${event.shiftKey ? 'Shift+' : ''}K`);
    });
  });
  const seenKeys = () => page.evaluate(() => (window as unknown as { seenKeys: string[] }).seenKeys);

  await caretAtEnd(page);
  await page.keyboard.press('ControlOrMeta+Shift+k');
  expect(await seenKeys()).toEqual(['Shift+K']);
  await expect(page.getByRole('dialog', { name: 'Add a link' })).toHaveCount(0);
  // Whatever the app opened for it, Escape closes; then back in the text.
  await page.keyboard.press('Escape');
  await caretAtEnd(page);

  await page.keyboard.press('ControlOrMeta+k');
  await expect(page.getByRole('dialog', { name: 'Add a link' })).toBeVisible();
  expect(await seenKeys()).toEqual(['Shift+K']);
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeFocused();
});

test('in Welsh, the link dialog and its refusal leave no English', async ({ alysDevice }) => {
  const page = await arriveAndStartDocument(alysDevice, 'Cynnig darllen: dolenni');
  await switchLanguage(page, 'cy');
  await caretAtEnd(page);
  await page.keyboard.type('Darllenwch y cynnig');
  await page.keyboard.press('ControlOrMeta+k');
  const dialog = page.getByRole('dialog', { name: cy['editor.linkDialog'] });
  await expect(dialog.getByRole('textbox', { name: cy['editor.linkUrl'] })).toBeFocused();
  await page.keyboard.type('ftp://example.org');
  await page.keyboard.press('Enter');
  await expect(dialog.getByRole('alert')).toHaveText(cy['editor.linkInvalid']);
  await expectNoEnglish(page, 'link dialog with a refused address');
  await expectNoAxeViolations(page, 'link dialog in Welsh');
  await page.keyboard.press('Escape');
  await expect(editor(page)).toBeFocused();
});
