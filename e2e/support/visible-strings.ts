import { expect, type Page } from '@playwright/test';
import { cy } from '../../renderer/src/i18n/cy';
import { en } from '../../renderer/src/i18n/en';

/**
 * Every string the UI shows or announces, outside the document's own content: text nodes,
 * and the aria-label, placeholder, title and alt attributes that a screen reader reads.
 */
export async function uiStrings(page: Page): Promise<string[]> {
  return page.evaluate(() => {
    const found = new Set<string>();
    const skip = (element: Element | null) =>
      !!element?.closest('[data-testid="editor"], [data-testid="remote-cursors"]');
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const text = node.textContent?.trim();
      const parent = node.parentElement;
      if (!text || skip(parent) || parent?.closest('script, style')) continue;
      found.add(text);
    }
    for (const element of Array.from(document.querySelectorAll('[aria-label], [placeholder], [title], [alt]'))) {
      if (skip(element)) continue;
      for (const name of ['aria-label', 'placeholder', 'title', 'alt']) {
        const value = element.getAttribute(name)?.trim();
        if (value) found.add(value);
      }
    }
    if (document.title) found.add(document.title);
    return [...found];
  });
}

/**
 * English catalogue values that a Welsh UI must not show: those whose Welsh differs. A value that
 * some key keeps the same in Welsh on purpose (a language's own name, "English", in the language
 * choice) may show, even where another key translates the same words.
 */
export function englishOnly(en: Record<string, string>, cy: Record<string, string>): RegExp[] {
  const sameInWelsh = new Set(
    Object.entries(en)
      .filter(([key, value]) => cy[key] === value)
      .map(([, value]) => value),
  );
  return Object.entries(en)
    .filter(([key, value]) => cy[key] !== value && !sameInWelsh.has(value) && /[A-Za-z]{2}/.test(value))
    .map(([, value]) => {
      const pattern = value
        .split(/\{\{\s*\w+\s*\}\}/)
        .map((part) => part.replace(/[.*+?^${}()|[\]\\]/g, '\\$&'))
        .join('.+');
      return new RegExp(`^${pattern}$`);
    });
}

const englishPatterns = englishOnly(en, cy);

/** Fails, naming them, if any English catalogue string is on screen or announced. */
export async function expectNoEnglish(page: Page, screen: string): Promise<void> {
  const strings = await uiStrings(page);
  const english = strings.filter((text) => englishPatterns.some((pattern) => pattern.test(text)));
  expect(english, `English strings left on the ${screen} screen`).toEqual([]);
}
