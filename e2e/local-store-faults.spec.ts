import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { cy } from '../renderer/src/i18n/cy';
import { en } from '../renderer/src/i18n/en';
import { setImmutableTree, whyNoImmutableFiles } from '../server/testing/privileges';
import { expectNoAxeViolations } from './support/axe';
import { test, expect } from './support/fixtures';
import {
  arrive,
  arriveAndStartDocument,
  editor,
  expectConnection,
  expectSpacesList,
  openDocument,
  typeAtEnd,
} from './support/person-actions';
import { onlyDocumentLog } from './support/stored-document';

const countOf = (text: string, part: string) => text.split(part).length - 1;

test('a damaged saved copy of a document: the person is told in Welsh, the damaged file is kept, the rest opens', async ({
  alysDevice,
}) => {
  const title = 'Cynllun Sialens Ddarllen yr Haf';
  const written = 'Saved before the damage.';
  const page = await arriveAndStartDocument(alysDevice, title);
  await typeAtEnd(page, written);
  await expect(editor(page)).toContainText(written);
  await alysDevice.closeApp();

  // A write torn by a crash or a failing disk: bytes at the end that are no whole record.
  const file = await onlyDocumentLog(alysDevice.localStoreDir);
  const damaged = Buffer.concat([await readFile(file), Buffer.from([0, 0, 1, 0, 0xde, 0xad, 0xbe, 0xef, 1, 2])]);
  await writeFile(file, damaged);

  alysDevice.goOffline();
  const reopened = await alysDevice.openApp({ locale: 'cy-GB' });
  await expectSpacesList(reopened);
  await openDocument(reopened, title);
  await expectConnection(reopened, 'offline');
  await expect(editor(reopened)).toContainText(written);

  const notice = reopened.getByTestId('store-damage');
  await expect(notice).toHaveAttribute('role', 'status');
  await expect(notice).toContainText(cy['store.damaged.room-log']);
  const kept = (await readdir(path.dirname(file))).filter((name) => name.startsWith(`${path.basename(file)}.corrupt-`));
  expect(kept).toHaveLength(1);
  await expect(notice).toContainText(cy['store.keptAs'].replace('{{file}}', path.join(path.dirname(file), kept[0]!)));
  expect(await readFile(path.join(path.dirname(file), kept[0]!))).toEqual(damaged);
  await expectNoAxeViolations(reopened, 'the editor with the damage notice');

  await notice.getByRole('button', { name: cy['store.dismiss'] }).click();
  await expect(notice).toBeHidden();

  alysDevice.goOnline();
  await expectConnection(reopened, 'online');
  expect(countOf((await editor(reopened).textContent()) ?? '', written)).toBe(1);
});

test('the local store turns read-only while someone writes: they are told, nothing stops, and it is all saved once it can be', async ({
  alysDevice,
  samDevice,
}) => {
  const unavailable = await whyNoImmutableFiles();
  test.skip(unavailable !== null, unavailable ?? '');
  const title = 'Digital inclusion drop-ins';
  const before = 'Before the folder locked.';
  const during = 'Written while the folder was read-only.';
  const page = await arriveAndStartDocument(alysDevice, title);
  await typeAtEnd(page, before);
  await expect(editor(page)).toContainText(before);

  // chattr +i: even root cannot write there now, as on a read-only or locked-down profile folder.
  await setImmutableTree(alysDevice.localStoreDir, true);
  const alert = page.getByTestId('store-writing-problem');
  try {
    await typeAtEnd(page, ` ${during}`);
    await expect(alert).toHaveAttribute('role', 'alert');
    await expect(alert).toHaveText(en['store.writing.read-only']);
    await expectNoAxeViolations(page, 'the editor with the read-only alert');
    // Editing goes on, and so does sync: Sam sees what could not be saved on Alys's device.
    await typeAtEnd(page, ' Still typing.');
    const sam = await arrive(samDevice);
    await openDocument(sam, title);
    await expect(editor(sam)).toContainText(`${during} Still typing.`);
    // Offline now as well: the banner does not promise what the device cannot do.
    alysDevice.goOffline();
    await expectConnection(page, 'offline');
    await expect(page.locator('.offline-banner')).toHaveText(en['status.offlineBannerNotSaving']);
    alysDevice.goOnline();
    await expectConnection(page, 'online');
  } finally {
    await setImmutableTree(alysDevice.localStoreDir, false);
  }
  // Tried again by itself (every 2 s), with no new keystroke.
  await expect(alert).toBeHidden();
  await alysDevice.closeApp();

  alysDevice.goOffline();
  const reopened = await alysDevice.openApp();
  await openDocument(reopened, title);
  await expectConnection(reopened, 'offline');
  const text = (await editor(reopened).textContent()) ?? '';
  for (const part of [before, during, 'Still typing.']) expect(countOf(text, part), part).toBe(1);
});
