import { expectNoAxeViolations } from './support/axe';
import {
  catalogue,
  expectEveryBlockType,
  formattingToolbar,
  letEditorSeeCaret,
  switchLanguage,
  writeEveryBlockType,
  type Language,
} from './support/editor-actions';
import { test, expect } from './support/fixtures';
import { alys as alysAccount, sam as samAccount } from './support/library-network';
import { editor, startDocumentTogether } from './support/person-actions';
import { expectNoEnglish } from './support/visible-strings';

test.use({ networkOptions: { roles: { [alysAccount.email]: 'admin', [samAccount.email]: 'observer' } } });

for (const language of ['en', 'cy'] as Language[]) {
  test(`a writer and an observer see every kind of block, check items are list items that say their state, and both pass axe (${language})`, async ({
    alysDevice,
    samDevice,
  }) => {
    const text = catalogue[language];
    const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, 'Reading offer 2026: every block');
    await writeEveryBlockType(alys);
    await expectEveryBlockType(sam);
    if (language === 'cy')
      for (const page of [alys, sam]) {
        await switchLanguage(page, 'cy');
        await expectEveryBlockType(page);
      }

    // Sam may only read: no toolbar, text that cannot be changed, but still reachable to read and copy.
    await expect(editor(sam)).toHaveAttribute('contenteditable', 'false');
    await expect(formattingToolbar(sam, language)).toHaveCount(0);
    await expect(formattingToolbar(alys, language)).toBeVisible();

    // For both, a check list is a list whose items say whether they are checked, in the UI's language.
    for (const page of [alys, sam]) {
      const checks = editor(page)
        .getByRole('list')
        .filter({ has: page.locator('.ed-li-checked') });
      await expect(checks).toMatchAriaSnapshot(`
        - list:
          - listitem: ${text['editor.checked']} Welcome and tour
          - listitem: ${text['editor.unchecked']} Safety briefing
      `);
    }
    // Sam cannot tick anything: the items are not focusable, and the mark does nothing.
    const samOpenItem = editor(sam).locator('li', { hasText: 'Safety briefing' });
    await expect(samOpenItem).not.toHaveAttribute('tabindex', /.*/);
    await samOpenItem.click({ position: { x: 6, y: 10 } });
    await expect(samOpenItem).toHaveClass(/ed-li-unchecked/);

    // Alys ticks by keyboard: Left arrow at the item's start reaches its mark, Space ticks it, and it is said.
    const alysOpenItem = editor(alys).locator('li', { hasText: 'Safety briefing' });
    await alysOpenItem.click();
    await alys.keyboard.press('Home');
    await letEditorSeeCaret(alys);
    await alys.keyboard.press('ArrowLeft');
    await expect(alysOpenItem).toBeFocused();
    await alys.keyboard.press('Space');
    await expect(alysOpenItem).toHaveClass(/ed-li-checked/);
    await expect(alys.getByRole('status').filter({ hasText: 'Safety briefing' })).toHaveText(
      text['editor.itemChecked'].replace('{{item}}', 'Safety briefing'),
    );
    await expect(samOpenItem).toHaveClass(/ed-li-checked/);
    await alys.keyboard.press('Space');
    await expect(samOpenItem).toHaveClass(/ed-li-unchecked/);

    await expectNoAxeViolations(alys, `editor with every block (${language})`);
    await expectNoAxeViolations(sam, `read-only editor with every block (${language})`);
    if (language === 'cy') {
      await expectNoEnglish(alys, 'editor with every block');
      await expectNoEnglish(sam, 'read-only editor with every block');
    }
  });
}
