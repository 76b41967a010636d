import { execFileSync } from 'node:child_process';
import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import * as Y from 'yjs';
import type { StoreHealth } from '../../../../shared/ipc/contract';
import { damagedByteCount, salvageRecords } from '../../../../server/storage/log-recovery';
import { createRoomLogs, roomLogFile } from '../room-logs';
import { openStateFile } from '../state-file';
import { createStoreHealth } from '../store-health';

/**
 * Run by `disk-faults.test.ts` inside its own mount namespace, with `root` a tiny tmpfs that
 * only this process sees: the real store on a disk that really fills up, then really turns
 * read-only. Prints what it saw as one JSON line for the test to judge.
 */
const root = process.argv[2]!;
const ROOM = 'doc:diskfull1';
const announced: StoreHealth[] = [];
const health = createStoreHealth({ announce: (h) => announced.push(structuredClone(h)), log: () => undefined });
const quiet = createStoreHealth({ announce: () => undefined, log: () => undefined });
const logs = createRoomLogs({ root, health, retryMs: 50 });
const state = await openStateFile({ file: path.join(root, 'branchline.json'), health, log: () => undefined });
const file = roomLogFile(root, 'local', ROOM);
const filler = path.join(root, 'filler');

const doc = new Y.Doc();
const text = doc.getText('t');
doc.on('update', (update: Uint8Array) => logs.append('local', ROOM, update));
const paragraph = (n: number) => `Paragraph ${n}: ${'the reading offer for every child in the county '.repeat(12)}\n`;
const waitFor = async (check: () => boolean) => {
  const until = Date.now() + 10_000;
  while (!check()) {
    if (Date.now() > until) throw new Error(`timed out; health ${JSON.stringify(health.get())}`);
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
};
const onDisk = async () => {
  const fresh = createRoomLogs({ root, health: quiet });
  const stored = new Y.Doc();
  for (const update of await fresh.load('local', ROOM)) Y.applyUpdate(stored, update);
  return stored.getText('t').toString();
};

await writeFile(filler, new Uint8Array(96 * 1024));
let typed = 0;
while (health.get().writing === null && typed < 2_000) {
  text.insert(text.length, paragraph(typed++));
  await logs.flush();
}
const fullAfter = typed;
// Writing goes on while the disk is full; the settings change too.
for (let i = 0; i < 5; i++) text.insert(text.length, paragraph(typed++));
await logs.flush();
await state.update((draft) => void (draft.settings.locale = 'cy'));
const whileFull = {
  health: health.get(),
  logDamagedBytes: damagedByteCount(salvageRecords(await readFile(file)).damaged),
  memoryHasAll: (await logs.load('local', ROOM)).length > 0,
};
await rm(filler);
await waitFor(() => health.get().writing === null);
const afterFreeing = {
  diskHasAll: (await onDisk()) === text.toString(),
  locale: JSON.parse(await readFile(path.join(root, 'branchline.json'), 'utf8')).settings.locale,
};

// A file system with a file open for writing cannot be remounted read-only, so the store lets go first.
await logs.close();
execFileSync('mount', ['-o', 'remount,ro', root]);
text.insert(text.length, 'Written while read-only.');
await logs.flush();
const whileReadOnly = { health: health.get() };
execFileSync('mount', ['-o', 'remount,rw', root]);
await waitFor(() => health.get().writing === null);
const afterWritable = { diskHasAll: (await onDisk()) === text.toString() };

console.log(
  JSON.stringify({
    fullAfter,
    typed,
    whileFull,
    afterFreeing,
    whileReadOnly,
    afterWritable,
    kinds: announced.map((h) => h.writing?.kind ?? null),
  }),
);
