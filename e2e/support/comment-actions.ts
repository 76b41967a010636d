import { expect, type Locator, type Page } from '@playwright/test';
import { editor } from './person-actions';

/** What people do with comments on a document; labels live here, so the spec reads as the flow. */

export function commentsPanel(page: Page): Locator {
  return page.getByTestId('comments-panel');
}

export function commentThread(page: Page, quote: string): Locator {
  return commentsPanel(page).getByTestId('comment-thread').filter({ hasText: quote });
}

/** Selects `words` in the document, as a person dragging over them would (the first place they appear). */
export async function selectWords(page: Page, words: string): Promise<void> {
  await editor(page).click();
  await page.evaluate((wanted) => {
    const root = document.querySelector('[data-testid="editor"]')!;
    const walker = document.createTreeWalker(root, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const at = node.textContent!.indexOf(wanted);
      if (at < 0) continue;
      const range = document.createRange();
      range.setStart(node, at);
      range.setEnd(node, at + wanted.length);
      const selection = window.getSelection()!;
      selection.removeAllRanges();
      selection.addRange(range);
      return;
    }
    throw new Error(`"${wanted}" is not in the document`);
  }, words);
}

/** Selects words and comments on them with the keyboard shortcut. */
export async function commentOn(
  page: Page,
  words: string,
  text: string,
  labels = { box: 'Your comment', send: 'Add comment' },
) {
  await selectWords(page, words);
  await page.keyboard.press('Control+Alt+m');
  // The comment's box takes the keyboard as it opens: no mouse needed.
  await expect(page.getByRole('textbox', { name: labels.box })).toBeFocused();
  await page.keyboard.type(text);
  await commentsPanel(page).getByRole('button', { name: labels.send }).click();
}

/** The words each comment highlight covers now, as painted in the text. */
export async function highlightedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const highlight = CSS.highlights.get('bl-comment');
    return highlight ? [...highlight].map((range) => (range as Range).toString()) : [];
  });
}
