import type { Locator, Page } from '@playwright/test';
import type { MessageKey } from '../renderer/src/i18n/en';
import { expectNoAxeViolations } from './support/axe';
import { catalogue, formattingToolbar, switchLanguage, tooltip, type Language } from './support/editor-actions';
import { test, expect } from './support/fixtures';
import { arriveAndStartDocument, editor } from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

/** Every tool, in toolbar order, with the shortcut its tooltip names (on Linux, where this runs). */
const TOOLS: Array<[MessageKey, string?]> = [
  ['editor.paragraph'],
  ['editor.heading1'],
  ['editor.heading2'],
  ['editor.heading3'],
  ['editor.bold', 'Ctrl+B'],
  ['editor.italic', 'Ctrl+I'],
  ['editor.underline', 'Ctrl+U'],
  ['editor.strikethrough'],
  ['editor.code'],
  ['editor.link', 'Ctrl+K'],
  ['editor.bulletList'],
  ['editor.numberList'],
  ['editor.checkList'],
  ['editor.quote'],
  ['editor.codeBlock'],
  ['editor.undo', 'Ctrl+Z'],
  ['editor.redo', 'Ctrl+Y, Ctrl+Shift+Z'],
];

/** The focused element's name, as a screen reader has it: its label, or its text without what is hidden from them. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const focused = document.activeElement;
    if (!focused) return '';
    const labelledBy = focused.getAttribute('aria-labelledby');
    if (labelledBy)
      return labelledBy
        .split(' ')
        .map((id) => document.getElementById(id)?.textContent ?? '')
        .join(' ')
        .trim();
    const copy = focused.cloneNode(true) as Element;
    copy.querySelectorAll('[aria-hidden="true"]').forEach((hidden) => hidden.remove());
    return copy.textContent?.trim() ?? '';
  });

/** How many rows the toolbar's buttons take up. */
const rowsOf = (toolbar: Locator) =>
  toolbar
    .getByRole('button')
    .evaluateAll((buttons) => new Set(buttons.map((button) => button.getBoundingClientRect().top)).size);

/** Tabs from the screen's heading until the focus is in the toolbar, as a keyboard user arrives there. */
async function tabIntoToolbar(page: Page): Promise<void> {
  await page.getByRole('heading', { level: 1 }).focus();
  for (let presses = 0; presses < 40; presses++) {
    await page.keyboard.press('Tab');
    if (await page.evaluate(() => !!document.activeElement?.closest('[role="toolbar"]'))) return;
  }
  throw new Error('Tab never reached the formatting toolbar');
}

for (const language of ['en', 'cy'] as Language[]) {
  for (const width of [1280, 400]) {
    test(`every formatting tool is reachable by keyboard, with a tooltip naming it and its shortcut, at ${width} px (${language})`, async ({
      alysDevice,
    }) => {
      const text = catalogue[language];
      const page = await arriveAndStartDocument(alysDevice, 'Reading offer: the toolbar');
      if (language === 'cy') await switchLanguage(page, 'cy');
      await page.setViewportSize({ width, height: 800 });
      const toolbar = formattingToolbar(page, language);

      // Something to undo and something to redo, so every tool can act.
      await editor(page).click();
      await page.keyboard.type('Author visits');
      await page.waitForTimeout(700);
      await page.keyboard.type(' and stickers');
      await page.keyboard.press('ControlOrMeta+z');
      await expect(editor(page)).toHaveText('Author visits');

      // The toolbar is one row, however narrow.
      await expect.poll(() => rowsOf(toolbar)).toBe(1);
      expect(await toolbar.evaluate((bar) => bar.scrollWidth <= bar.clientWidth)).toBe(true);

      // Keyboard only: Tab reaches the toolbar, arrows go from tool to tool, each shows its tooltip.
      await tabIntoToolbar(page);
      const onToolbar: string[] = [];
      const buttons = await toolbar.getByRole('button').count();
      for (let index = 0; index < buttons; index++) {
        const name = await focusedName(page);
        onToolbar.push(name);
        const tool = TOOLS.find(([key]) => text[key] === name);
        const expected = tool ? (tool[1] ? `${name} (${tool[1]})` : name) : text['editor.moreFormatting'];
        await expect(tooltip(page)).toContainText(expected);
        // It also says how to type it in Markdown, where there is a way.
        if (name === text['editor.heading2'])
          await expect(tooltip(page)).toContainText(text['editor.typeBlock'].replace('{{marker}}', '##'));
        await page.keyboard.press('ArrowRight');
      }
      // Home and End jump to the first and last tool.
      await page.keyboard.press('Home');
      await expect(tooltip(page)).toContainText(onToolbar[0]!);
      await page.keyboard.press('End');
      await expect(tooltip(page)).toContainText(onToolbar.at(-1)!);
      if (language === 'cy') await expectNoEnglish(page, `toolbar with a tooltip at ${width} px`);
      await expectNoAxeViolations(page, `toolbar with a tooltip at ${width} px (${language})`);

      if (width === 1280) {
        // Wide enough for every tool: no menu.
        expect(onToolbar).toEqual(TOOLS.map(([key]) => text[key]));
        await expect(toolbar.getByRole('button', { name: text['editor.moreFormatting'] })).toHaveCount(0);
        // The tooltip shows on hover too.
        await page.mouse.move(0, 0);
        await toolbar.getByRole('button', { name: text['editor.italic'], exact: true }).hover();
        await expect(tooltip(page)).toContainText(`${text['editor.italic']} (Ctrl+I)`);
      } else {
        // Narrow: the most used tools stay, the rest are in "More formatting", the last stop; the menu
        // opens from the keyboard and every item in it can be reached with the arrows.
        expect(onToolbar.at(-1)).toBe(text['editor.moreFormatting']);
        expect(onToolbar).toContain(text['editor.bold']);
        expect(await focusedName(page)).toBe(text['editor.moreFormatting']);
        await page.keyboard.press('Enter');
        const menu = page.getByRole('menu', { name: text['editor.moreFormatting'] });
        await expect(menu).toBeVisible();
        await expect(menu.locator('[role^="menuitem"]').first()).toBeFocused();
        const items = await menu.locator('[role^="menuitem"]').count();
        const inMenu: string[] = [];
        for (let index = 0; index < items; index++) {
          inMenu.push(await focusedName(page));
          await page.keyboard.press('ArrowDown');
        }
        // Between the toolbar and the menu, every tool once, none lost.
        const allTools = TOOLS.map(([key]) => text[key]);
        expect([...onToolbar.slice(0, -1), ...inMenu].sort()).toEqual([...allTools].sort());
        // The menu says which styles are on, as check items (a code block is off, here).
        await expect(menu.getByRole('menuitemcheckbox', { name: text['editor.codeBlock'] })).toHaveAttribute(
          'aria-checked',
          'false',
        );
        if (language === 'cy') await expectNoEnglish(page, `More formatting menu at ${width} px`);
        await expectNoAxeViolations(page, `More formatting menu at ${width} px (${language})`);
        // Escape closes it and leaves the focus on its button; choosing an item acts and returns to the text.
        await page.keyboard.press('Escape');
        await expect(menu).toHaveCount(0);
        // React Aria gives the focus back once the menu has gone, a frame later.
        await expect.poll(() => focusedName(page)).toBe(text['editor.moreFormatting']);
        await page.keyboard.press('Enter');
        await expect(menu.locator('[role^="menuitem"]').first()).toBeFocused();
        for (let index = 0; index < items && (await focusedName(page)) !== text['editor.quote']; index++)
          await page.keyboard.press('ArrowDown');
        await page.keyboard.press('Enter');
        await expect(menu).toHaveCount(0);
        await expect(editor(page).locator('blockquote')).toHaveText('Author visits');
        await expect(editor(page)).toBeFocused();
        // Down to 320 px the toolbar stays one row.
        await page.setViewportSize({ width: 320, height: 800 });
        await expect.poll(() => rowsOf(toolbar)).toBe(1);
        // Read once laid out at the new width: a CI run read it while the resize was still settling.
        await expect
          .poll(() => page.evaluate(() => document.documentElement.scrollWidth <= window.innerWidth))
          .toBe(true);
      }

      // One tab stop each: Tab leaves the toolbar for the Insert toolbar (tables, images), then the text;
      // Shift+Tab comes back the same way, to the tool last used.
      await tabIntoToolbar(page);
      await page.keyboard.press('ArrowRight');
      const lastUsed = await focusedName(page);
      await page.keyboard.press('Tab');
      const insert = page.getByRole('toolbar', { name: text['media.toolbar'] });
      await expect(insert.getByRole('button').first()).toBeFocused();
      await page.keyboard.press('Tab');
      await expect(editor(page)).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect(insert.getByRole('button').first()).toBeFocused();
      await page.keyboard.press('Shift+Tab');
      await expect.poll(() => focusedName(page)).toBe(lastUsed);
    });
  }
}
