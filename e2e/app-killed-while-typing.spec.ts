import type { Page } from '@playwright/test';
import type { Person } from './support/library-network';
import { test, expect } from './support/fixtures';
import {
  arriveAndStartDocument,
  editor,
  expectConnection,
  expectSpacesList,
  openDocument,
} from './support/person-actions';
import { now, typeSteadily, type Keystroke } from './support/steady-typing';
import {
  describeDisk,
  measureDiskWhile,
  SENTENCE,
  writeIntervalBound,
  type DiskBaseline,
} from './support/write-interval';

// What must survive the kill is set by a timing (the write interval): a retry would hide its failure.
test.describe.configure({ retries: 0 });

const editorText = (page: Page) => editor(page).evaluate((element) => element.textContent ?? '');

type KilledRun = { typed: string; strokes: Keystroke[]; killAt: number; disk: DiskBaseline };

/**
 * Types steadily, and part-way through (1.5–2.5 s in) kills the app the given way; the disk is
 * measured beside the store meanwhile, for the write interval of this run.
 */
async function typeUntilKilled(person: Person, page: Page, kill: () => Promise<void>): Promise<KilledRun> {
  const typed = SENTENCE.repeat(5);
  let killed = false;
  const disk = await measureDiskWhile(person.localStoreDir);
  const typing = typeSteadily(page, typed, { gapMs: [25, 75], stop: () => killed });
  await new Promise((resolve) => setTimeout(resolve, 1_500 + Math.random() * 1_000));
  const killAt = now();
  const killing = kill();
  killed = true;
  await killing;
  const strokes = await typing;
  return { typed, strokes, killAt, disk: await disk.stop() };
}

/**
 * Reopened offline, so only this device's store can supply the text: every keystroke the page
 * had more than the write interval before the kill is there, in order, once; back online,
 * the server's copy merges in without doubling anything. The write interval is this run's:
 * the promise plus two of the disk's slowest write + fsync, measured beside the store.
 */
async function expectEverythingOlderThanTheIntervalKept(
  person: Person,
  page: Page,
  title: string,
  run: KilledRun,
): Promise<void> {
  await expectSpacesList(page);
  await openDocument(page, title);
  await expectConnection(page, 'offline');
  const interval = writeIntervalBound(run.disk);
  const mustHave = run.strokes.filter((stroke) => stroke.doneAt < run.killAt - interval).length;
  const recovered = await editorText(page);
  const line = `typed ${run.strokes.length} keys, ${mustHave} of them more than the write interval (${interval.toFixed(1)} ms; ${describeDisk(run.disk)}) before the kill; ${recovered.length} came back from the device`;
  console.log(line);
  test.info().annotations.push({ type: 'kill', description: line });
  expect(
    run.typed.startsWith(recovered),
    `the recovered text is what was typed, in order and once: ${JSON.stringify(recovered)}`,
  ).toBe(true);
  expect(recovered.length, line).toBeGreaterThanOrEqual(mustHave);

  person.goOnline();
  await expectConnection(page, 'online');
  await expect
    .poll(async () => {
      const merged = await editorText(page);
      return run.typed.startsWith(merged) && merged.length >= recovered.length;
    })
    .toBe(true);
  await expect(editor(page).locator(':scope > *')).toHaveCount(1);
}

test('the window’s renderer crashes mid-typing: reopened offline, every keystroke older than the write interval is there', async ({
  alysDevice,
}) => {
  const title = 'Volunteer induction checklist';
  const page = await arriveAndStartDocument(alysDevice, title);
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  const run = await typeUntilKilled(alysDevice, page, () => alysDevice.crashWindow());

  // The app (host) lives on, as Electron's main process does; a new window opens with the network down.
  alysDevice.goOffline();
  const reopened = await alysDevice.openWindow();
  await expectEverythingOlderThanTheIntervalKept(alysDevice, reopened, title, run);
});

test('the whole app is killed (SIGKILL) mid-typing: reopened offline, every keystroke older than the write interval is there', async ({
  alysDevice,
}) => {
  const title = 'Home library service rota';
  const page = await arriveAndStartDocument(alysDevice, title);
  await editor(page).click();
  await page.keyboard.press('ControlOrMeta+End');
  const run = await typeUntilKilled(alysDevice, page, () => alysDevice.killApp());

  alysDevice.goOffline();
  const reopened = await alysDevice.openApp();
  await expectEverythingOlderThanTheIntervalKept(alysDevice, reopened, title, run);
});
