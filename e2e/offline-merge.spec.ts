import { test, expect } from './support/fixtures';
import {
  arrive,
  arriveAndStartDocument,
  documentBlocks,
  editor,
  expectConnection,
  openDocument,
  startNewParagraphAndType,
} from './support/person-actions';

test('one person writes offline while the other writes online; on reconnect both have both, once', async ({
  alysDevice,
  samDevice,
}) => {
  const title = 'Health and wellbeing offer: reading well';
  const alys = await arriveAndStartDocument(alysDevice, title);
  await startNewParagraphAndType(alys, 'Shared opening paragraph.');

  const sam = await arrive(samDevice);
  await openDocument(sam, title);
  await expect(editor(sam)).toContainText('Shared opening paragraph.');
  await expectConnection(sam, 'online');

  samDevice.goOffline();
  await expectConnection(sam, 'offline');
  // Said plainly at every width, down to a small phone-sized window.
  for (const width of [1280, 600, 320]) {
    await sam.setViewportSize({ width, height: 700 });
    await expect(sam.getByTestId('connection-status').first()).toBeVisible();
    await expect(sam.getByTestId('connection-status').first()).toBeInViewport();
    await expect(sam.getByText('You’re offline. Your changes are saved on this device')).toBeVisible();
  }

  await startNewParagraphAndType(sam, 'Written on the train by Sam.');
  await startNewParagraphAndType(alys, 'Written in the branch by Alys.');
  await expect(editor(alys)).not.toContainText('Written on the train by Sam.');

  samDevice.goOnline();
  await expectConnection(sam, 'online');

  for (const page of [alys, sam]) {
    await expect(editor(page)).toContainText('Written on the train by Sam.');
    await expect(editor(page)).toContainText('Written in the branch by Alys.');
  }
  const alysBlocks = await documentBlocks(alys);
  const samBlocks = await documentBlocks(sam);
  expect(samBlocks).toEqual(alysBlocks);
  for (const line of ['Shared opening paragraph.', 'Written on the train by Sam.', 'Written in the branch by Alys.']) {
    expect(alysBlocks.filter((block) => block === line)).toHaveLength(1);
  }
});
