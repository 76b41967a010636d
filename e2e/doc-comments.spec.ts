import { expectNoAxeViolations } from './support/axe';
import { commentOn, commentsPanel, commentThread, highlightedWords } from './support/comment-actions';
import { catalogue, switchLanguage } from './support/editor-actions';
import { test, expect } from './support/fixtures';
import { alys as alysAccount, sam as samAccount } from './support/library-network';
import {
  arrive,
  arriveAndStartDocument,
  backToDocuments,
  editor,
  openDocument,
  startDocumentTogether,
  typeAtEnd,
} from './support/person-actions';
import { openSpaceTab } from './support/space-actions';
import { expectNoEnglish } from './support/visible-strings';

const title = 'Universal Offers case study: reading for wellbeing';

test.describe('two writers', () => {
  test('one comments on a passage; the other sees it live on the same words as both type around it, replies, resolves and reopens it', async ({
    alysDevice,
    samDevice,
  }) => {
    const [alys, sam] = await startDocumentTogether(alysDevice, samDevice, title);
    await typeAtEnd(alys, 'The group meets on Tuesday in the main library.');
    await expect(editor(sam)).toContainText('meets on Tuesday');

    await commentOn(alys, 'meets on Tuesday', 'Is it every Tuesday?');
    const samThread = commentThread(sam, 'meets on Tuesday');
    await expect(samThread).toContainText('Is it every Tuesday?');
    await expect.poll(() => highlightedWords(sam)).toEqual(['meets on Tuesday']);

    // Both type around the passage: before it, and after it.
    await editor(alys).press('ControlOrMeta+Home');
    await alys.keyboard.type('Since May, ');
    await typeAtEnd(sam, ' Bring a book.');
    await expect(editor(alys)).toContainText(
      'Since May, The group meets on Tuesday in the main library. Bring a book.',
    );
    await expect(editor(sam)).toContainText('Since May, The group');
    for (const page of [alys, sam]) await expect.poll(() => highlightedWords(page)).toEqual(['meets on Tuesday']);

    // Sam replies; Alys sees it.
    await samThread.getByRole('button', { name: 'Reply' }).click();
    await sam.getByRole('textbox', { name: 'Your reply' }).click();
    await sam.keyboard.type('Yes, every week.');
    await samThread.getByRole('button', { name: 'Send reply' }).click();
    const alysThread = commentThread(alys, 'meets on Tuesday');
    await expect(alysThread).toContainText('Yes, every week.');
    await expectNoAxeViolations(alys, 'document with comments');

    // Sam resolves it: it leaves both open lists; Alys finds it among the resolved and reopens it.
    await samThread.getByRole('button', { name: 'Resolve' }).click();
    await expect(alysThread).toHaveCount(0);
    await expect.poll(() => highlightedWords(alys)).toEqual([]);
    // By keyboard: the filter's radios move with the arrow keys.
    await commentsPanel(alys).getByRole('radio', { name: 'Open' }).focus();
    await alys.keyboard.press('ArrowRight');
    await expect(commentsPanel(alys).getByRole('radio', { name: 'Resolved' })).toBeChecked();
    await expect(alysThread).toContainText('Resolved by Sam Okafor');
    await alysThread.getByRole('button', { name: 'Reopen' }).click();
    await expect(samThread).toContainText('Yes, every week.');
    await expect.poll(() => highlightedWords(sam)).toEqual(['meets on Tuesday']);
  });
});

test.describe('an observer', () => {
  test.use({ networkOptions: { roles: { [alysAccount.email]: 'admin', [samAccount.email]: 'observer' } } });

  test('comments once the space allows it, and the panel is all Welsh at 1280 and 400 px', async ({
    alysDevice,
    samDevice,
  }) => {
    const alys = await arriveAndStartDocument(alysDevice, title);
    await typeAtEnd(alys, 'We reached 400 families this year.');
    const sam = await arrive(samDevice);
    await openDocument(sam, title);
    await expect(commentsPanel(sam)).toContainText('your role does not let you add them');
    await expect(commentsPanel(sam).getByRole('button', { name: 'Comment', exact: true })).toHaveCount(0);

    // Alys lets observers comment; Sam, opening the document again, may.
    await backToDocuments(alys);
    await openSpaceTab(alys, 'Details');
    await alys.getByLabel('Observers may comment on documents').check();
    await expect(alys.getByRole('status').filter({ hasText: 'Saved: observers may comment.' })).toBeAttached();
    await backToDocuments(sam);
    await openDocument(sam, title);
    await switchLanguage(sam, 'cy');
    const cy = catalogue.cy;
    await commentOn(sam, '400 families', 'Faint o blant?', { box: cy['comments.newLabel'], send: cy['comments.send'] });
    await expect(commentThread(sam, '400 families')).toContainText('Faint o blant?');
    await openDocument(alys, title);
    await expect(commentThread(alys, '400 families')).toContainText('Faint o blant?');

    for (const width of [1280, 400]) {
      await sam.setViewportSize({ width, height: 900 });
      await commentThread(sam, '400 families').getByRole('button', { name: cy['comments.reply'] }).click();
      await expectNoEnglish(sam, `document with comments, ${width} px`);
      await expectNoAxeViolations(sam, `document with comments in Welsh, ${width} px`);
      await commentThread(sam, '400 families').getByRole('button', { name: cy['common.cancel'] }).click();
    }
  });
});
