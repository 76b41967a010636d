import { expect, type Page } from '@playwright/test';

/** What a person sees of spelling: the words underlined as misspelt (the CSS highlight's ranges), in order. */
export async function markedWords(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const marks = CSS.highlights.get('branchline-spelling');
    return marks ? [...marks].map((range) => range.toString()) : [];
  });
}

export async function expectMarked(page: Page, words: string[]): Promise<void> {
  await expect.poll(() => markedWords(page), { timeout: 15_000 }).toEqual(words);
}

/** Right-clicks the middle of a word marked as misspelt, as a person with a mouse does. */
export async function rightClickMarked(page: Page, word: string): Promise<void> {
  const box = await page.evaluate((wanted) => {
    const marks = CSS.highlights.get('branchline-spelling');
    const range = marks && [...marks].find((candidate) => candidate.toString() === wanted);
    if (!range) return null;
    const rect = (range as Range).getBoundingClientRect();
    return { x: rect.left + rect.width / 2, y: rect.top + rect.height / 2 };
  }, word);
  if (!box) throw new Error(`"${word}" is not marked`);
  await page.mouse.click(box.x, box.y, { button: 'right' });
}
