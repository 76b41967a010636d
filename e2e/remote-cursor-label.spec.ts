import type { Locator, Page } from '@playwright/test';
import { caretAtEnd, letEditorSeeCaret } from './support/editor-actions';
import { test, expect } from './support/fixtures';
import { editor, startDocumentTogether } from './support/person-actions';

type Box = { left: number; top: number; right: number; bottom: number };

/** The boxes of the lines of text above a caret, as the browser lays them out (one per line of each text node). */
async function linesAbove(page: Page, caret: Locator): Promise<Box[]> {
  const caretTop = await caret.evaluate((element) => element.getBoundingClientRect().top);
  return editor(page).evaluate((content, top) => {
    const boxes: Box[] = [];
    const walker = document.createTreeWalker(content, NodeFilter.SHOW_TEXT);
    for (let node = walker.nextNode(); node; node = walker.nextNode()) {
      const range = document.createRange();
      range.selectNodeContents(node);
      for (const rect of Array.from(range.getClientRects()))
        if ((rect.top + rect.bottom) / 2 < top && rect.width > 0)
          boxes.push({ left: rect.left, top: rect.top, right: rect.right, bottom: rect.bottom });
    }
    return boxes;
  }, caretTop);
}

const overlaps = (a: Box, b: Box) => a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;

async function expectLabelClearOfLinesAbove(page: Page, caret: Locator, label: Locator): Promise<void> {
  const box = await label.evaluate((element) => element.getBoundingClientRect().toJSON() as Box);
  const above = await linesAbove(page, caret);
  expect(above.length, 'there is text above the caret to compare with').toBeGreaterThan(0);
  expect(above.filter((line) => overlaps(line, box))).toEqual([]);
}

const widthOf = (label: Locator) => label.evaluate((element) => element.getBoundingClientRect().width);

test('a co-writer’s name by their caret never covers the line above, shrinks to a flag, and shows again on hover', async ({
  alysDevice,
  samDevice,
}) => {
  const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, 'Reading offer: carets');
  // Narrow, so the first paragraph wraps: the line above may be the same paragraph's.
  await alys.setViewportSize({ width: 400, height: 800 });
  await caretAtEnd(alys);
  await alys.keyboard.type(
    'The line above, which must stay readable while Sam writes on the line below it, all of it.',
  );
  await alys.keyboard.press('Enter');
  await alys.keyboard.type('Second paragraph.');
  await expect(editor(sam)).toContainText('Second paragraph.');

  // Sam writes at the start of the second paragraph; Alys sees his caret, named while he writes.
  await caretAtEnd(sam);
  await sam.keyboard.press('Home');
  await letEditorSeeCaret(sam);
  await sam.keyboard.type('Sam: ');
  const caret = alys.getByTestId('remote-cursors').locator('.ed-cursor').filter({ hasText: 'Sam Okafor' });
  const label = caret.locator('.ed-cursor-name');
  await expect(caret).toHaveAttribute('data-active', '');
  await expect.poll(() => widthOf(label)).toBeGreaterThan(40);
  await expectLabelClearOfLinesAbove(alys, caret, label);

  // A moment later the name shrinks to a small flag, still clear of the line above.
  await expect(caret).not.toHaveAttribute('data-active');
  await expect.poll(() => widthOf(label)).toBeLessThan(10);
  await expectLabelClearOfLinesAbove(alys, caret, label);

  // The name is still there for whoever wants it: on the flag, with the pointer, and in the presence list.
  await label.hover();
  await expect.poll(() => widthOf(label)).toBeGreaterThan(40);
  await expectLabelClearOfLinesAbove(alys, caret, label);
  await expect(alys.getByTestId('presence')).toContainText('Sam Okafor');

  // Sam moves to the end of the wrapped paragraph's last line: named again, and again clear of the line above.
  await alys.mouse.move(0, 0);
  await sam.keyboard.press('ArrowUp');
  await sam.keyboard.press('End');
  await expect(caret).toHaveAttribute('data-active', '');
  await expect.poll(() => widthOf(label)).toBeGreaterThan(40);
  await expectLabelClearOfLinesAbove(alys, caret, label);
  // It never runs out of the editor on the right.
  const frame = await editor(alys).evaluate((element) => element.getBoundingClientRect().right);
  expect(await label.evaluate((element) => element.getBoundingClientRect().right)).toBeLessThanOrEqual(frame);
});
