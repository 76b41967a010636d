import { test, expect } from './support/fixtures';
import {
  arrive,
  arriveAndStartDocument,
  documentBlocks,
  editor,
  expectConnection,
  expectSpacesList,
  openDocument,
  startNewParagraphAndType,
} from './support/person-actions';

test('closed and reopened while offline, then reconnected: nothing is lost', async ({ alysDevice, samDevice }) => {
  const title = 'Community managed libraries: volunteer rota';
  const alys = await arriveAndStartDocument(alysDevice, title);
  await startNewParagraphAndType(alys, 'Before the outage.');
  await expectConnection(alys, 'online');

  alysDevice.goOffline();
  await expectConnection(alys, 'offline');
  await startNewParagraphAndType(alys, 'Typed offline, before closing the app.');
  await alysDevice.closeApp();

  // Reopened with the network still down: the spaces, the list and the document come from this device.
  const reopened = await alysDevice.openApp();
  await expectSpacesList(reopened);
  await openDocument(reopened, title);
  await expectConnection(reopened, 'offline');
  await expect(editor(reopened)).toContainText('Typed offline, before closing the app.');
  await startNewParagraphAndType(reopened, 'Typed offline after reopening.');

  alysDevice.goOnline();
  await expectConnection(reopened, 'online');

  const sam = await arrive(samDevice);
  await openDocument(sam, title);
  for (const line of [
    'Before the outage.',
    'Typed offline, before closing the app.',
    'Typed offline after reopening.',
  ]) {
    await expect(editor(sam)).toContainText(line);
  }
  expect(await documentBlocks(sam)).toEqual(await documentBlocks(reopened));
});
