import { expect, type Locator, type Page } from '@playwright/test';
import { cy } from '../../renderer/src/i18n/cy';
import { en } from '../../renderer/src/i18n/en';
import { chooseLanguage, editor } from './person-actions';

/** What people do in a document's editor, beyond typing (see person-actions.ts for opening one). */

export type Language = 'en' | 'cy';
export const catalogue = { en, cy } as const;

/** Switches the app to a language in settings and comes back to where the person was. */
export async function switchLanguage(page: Page, language: Language): Promise<void> {
  await chooseLanguage(page, language === 'cy' ? 'Cymraeg' : 'English');
  await page.getByRole('button', { name: catalogue[language]['settings.close'], exact: true }).click();
}

export function formattingToolbar(page: Page, language: Language = 'en'): Locator {
  return page.getByRole('toolbar', { name: catalogue[language]['editor.toolbar'] });
}

/** The tooltip on screen, if any (one shows at a time). */
export function tooltip(page: Page): Locator {
  return page.getByRole('tooltip');
}

/** Puts the caret at the end of the document, as a person does by clicking in the text and pressing Ctrl+End. */
export async function caretAtEnd(page: Page): Promise<void> {
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
}

/**
 * Waits until the editor has taken in a caret move made by a key it leaves to the browser (Home, End).
 * Chromium reports the move in a later `selectionchange` task; a key sent before it runs would meet the
 * editor's old caret, which no person's hands are fast enough to do (key handlers read the editor's caret).
 */
export async function letEditorSeeCaret(page: Page): Promise<void> {
  await page.evaluate(() => new Promise<void>((settled) => requestAnimationFrame(() => setTimeout(settled))));
}

/**
 * Writes, in an empty document, one of every kind of block and mark the editor has, typing
 * Markdown (and Ctrl+U for underline, which Markdown lacks), as a person who knows it would.
 */
export async function writeEveryBlockType(page: Page): Promise<void> {
  await caretAtEnd(page);
  const type = (text: string) => page.keyboard.type(text);
  const enter = () => page.keyboard.press('Enter');
  await type('# Reading offer 2026');
  await enter();
  await type('## Who it is for');
  await enter();
  await type('### Ages 4 to 11');
  await enter();
  await type('Plain, **bold**, *italic*, ~~struck~~, `code`, ');
  await page.keyboard.press('ControlOrMeta+u');
  await type('underlined');
  await page.keyboard.press('ControlOrMeta+u');
  await type(' and [a link](https://librariesconnected.org.uk).');
  await enter();
  await type('- Book the author visits');
  await enter();
  await type('Order the stickers');
  await enter();
  await enter();
  await type('1. Agree the plan');
  await enter();
  await type('Share the results');
  await enter();
  await enter();
  await type('[x] Welcome and tour');
  await enter();
  await type('Safety briefing');
  await enter();
  await enter();
  await type('> Libraries are at the heart of communities.');
  await enter();
  await type("``` const shelf = 'A-Z';");
}

/** Checks that the document shows every block and mark `writeEveryBlockType` wrote (whatever else it holds). */
export async function expectEveryBlockType(page: Page): Promise<void> {
  const content = editor(page);
  const one = (selector: string, text: string) =>
    expect(content.locator(selector).filter({ hasText: text })).toHaveCount(1);
  await one('h1', 'Reading offer 2026');
  await one('h2', 'Who it is for');
  await one('h3', 'Ages 4 to 11');
  await one('.ed-bold', 'bold');
  await one('.ed-italic', 'italic');
  await one('.ed-strike', 'struck');
  await one('.ed-code', 'code');
  await one('.ed-underline', 'underlined');
  await one('a.ed-link[href="https://librariesconnected.org.uk/"]', 'a link');
  await expect(content.locator('ul.ed-ul:not(:has(.ed-li-checked, .ed-li-unchecked)) > li')).toHaveText([
    'Book the author visits',
    'Order the stickers',
  ]);
  await expect(content.locator('ol.ed-ol > li')).toHaveText(['Agree the plan', 'Share the results']);
  await one('.ed-li-checked', 'Welcome and tour');
  await one('.ed-li-unchecked', 'Safety briefing');
  await one('blockquote', 'Libraries are at the heart of communities.');
  await one('code.ed-code-block', "const shelf = 'A-Z';");
}
