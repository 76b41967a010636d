import { chmod, mkdir, mkdtemp, readdir, readFile, rm, symlink, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import type { StoreProblem } from '../../../shared/ipc/contract';
import { createRoomLogs, roomLogFile } from './room-logs';
import { openStateFile } from './state-file';

const dirs: string[] = [];
async function tempDir(): Promise<string> {
  const dir = await mkdtemp(path.join(tmpdir(), 'branchline-store-'));
  dirs.push(dir);
  return dir;
}
afterEach(async () => {
  for (const dir of dirs.splice(0)) {
    await chmod(dir, 0o755).catch(() => undefined);
    await rm(dir, { recursive: true, force: true });
  }
});

function textUpdates(words: string[]): Uint8Array[] {
  const doc = new Y.Doc();
  const updates: Uint8Array[] = [];
  doc.on('update', (update: Uint8Array) => updates.push(update));
  for (const word of words) doc.getText('t').insert(doc.getText('t').length, word);
  return updates;
}
function textOf(update: Uint8Array | null): string {
  const doc = new Y.Doc();
  if (update) Y.applyUpdate(doc, update);
  return doc.getText('t').toString();
}
const quiet = () => undefined;

describe('room logs', () => {
  it('round-trips appends through real files', async () => {
    const root = await tempDir();
    const problems: StoreProblem[] = [];
    const logs = createRoomLogs({ root, onProblem: (p) => problems.push(p), log: quiet });
    for (const update of textUpdates(['Croeso ', 'i ', 'bawb'])) logs.append('local', 'doc:abcdefgh', update);
    await logs.flush();
    const reopened = createRoomLogs({ root, onProblem: (p) => problems.push(p), log: quiet });
    expect(textOf(await reopened.load('local', 'doc:abcdefgh'))).toBe('Croeso i bawb');
    expect(await reopened.load('local', 'doc:otherroom')).toBeNull();
    expect(problems).toEqual([]);
  });

  it('writes on its own shortly after an append (measured, not asserted)', async () => {
    const root = await tempDir();
    const logs = createRoomLogs({ root, onProblem: quiet, log: quiet });
    const file = roomLogFile(root, 'local', 'doc:abcdefgh');
    const started = performance.now();
    logs.append('local', 'doc:abcdefgh', textUpdates(['x'])[0]!);
    while ((await readFile(file).catch(() => Buffer.alloc(0))).byteLength === 0) await new Promise((r) => setTimeout(r, 2));
    console.log(`room log on disk ${(performance.now() - started).toFixed(1)} ms after append`);
  });

  it('moves a torn tail aside and keeps every whole record', async () => {
    const root = await tempDir();
    const problems: StoreProblem[] = [];
    const logs = createRoomLogs({ root, onProblem: (p) => problems.push(p), log: quiet });
    for (const update of textUpdates(['kept ', 'words'])) logs.append('local', 'doc:abcdefgh', update);
    await logs.flush();
    const file = roomLogFile(root, 'local', 'doc:abcdefgh');
    await writeFile(file, Buffer.concat([await readFile(file), Buffer.from([0, 0, 0, 50, 1, 2, 3])]));
    const reopened = createRoomLogs({ root, onProblem: (p) => problems.push(p), log: quiet });
    expect(textOf(await reopened.load('local', 'doc:abcdefgh'))).toBe('kept words');
    const aside = (await readdir(path.dirname(file))).filter((name) => name.includes('.corrupt-'));
    expect(aside).toHaveLength(1);
    expect([...(await readFile(path.join(path.dirname(file), aside[0]!)))]).toEqual([0, 0, 0, 50, 1, 2, 3]);
    expect(problems.map((p) => p.kind)).toEqual(['corrupt']);
    // The log is whole again: later appends follow the good records.
    reopened.append('local', 'doc:abcdefgh', textUpdates(['!'])[0]!);
    await reopened.flush();
    expect(textOf(await createRoomLogs({ root, onProblem: quiet, log: quiet }).load('local', 'doc:abcdefgh'))).toContain('kept words');
  });

  it('compacts a long log into one record with the same content', async () => {
    const root = await tempDir();
    const logs = createRoomLogs({ root, onProblem: quiet, log: quiet, compactAfterRecords: 5 });
    const words = Array.from({ length: 20 }, (_, i) => `w${i} `);
    for (const update of textUpdates(words)) {
      logs.append('local', 'doc:abcdefgh', update);
      await logs.flush();
    }
    const before = (await readFile(roomLogFile(root, 'local', 'doc:abcdefgh'))).byteLength;
    expect(textOf(await logs.load('local', 'doc:abcdefgh'))).toBe(words.join(''));
    expect((await readFile(roomLogFile(root, 'local', 'doc:abcdefgh'))).byteLength).toBeLessThan(before);
    expect(textOf(await createRoomLogs({ root, onProblem: quiet, log: quiet }).load('local', 'doc:abcdefgh'))).toBe(words.join(''));
  });

  it('reports a full disk as a problem, keeps the update in memory and does not throw', async () => {
    const root = await tempDir();
    const file = roomLogFile(root, 'local', 'doc:abcdefgh');
    await mkdir(path.dirname(file), { recursive: true });
    await symlink('/dev/full', file); // a real ENOSPC on every write
    const problems: StoreProblem[] = [];
    const logs = createRoomLogs({ root, onProblem: (p) => problems.push(p), log: quiet });
    logs.append('local', 'doc:abcdefgh', textUpdates(['unsaved'])[0]!);
    await logs.flush();
    expect(problems.map((p) => p.kind)).toEqual(['disk-full']);
    await rm(file);
    await logs.flush();
    expect(textOf(await createRoomLogs({ root, onProblem: quiet, log: quiet }).load('local', 'doc:abcdefgh'))).toBe('unsaved');
  });

  it.skipIf(process.getuid?.() === 0)('reports a read-only folder as a problem without crashing', async () => {
    const root = await tempDir();
    await chmod(root, 0o555);
    const problems: StoreProblem[] = [];
    const logs = createRoomLogs({ root, onProblem: (p) => problems.push(p), log: quiet });
    logs.append('local', 'doc:abcdefgh', textUpdates(['x'])[0]!);
    await logs.flush();
    expect(problems.map((p) => p.kind)).toEqual(['read-only']);
  });
});

describe('state file', () => {
  it('sets a corrupt file aside and starts from defaults', async () => {
    const root = await tempDir();
    const file = path.join(root, 'branchline.json');
    await writeFile(file, '{"version": 1, "settings": ');
    const problems: StoreProblem[] = [];
    const state = await openStateFile({ file, onProblem: (p) => problems.push(p), log: quiet });
    expect(state.get().settings).toEqual({ locale: 'system' });
    const aside = (await readdir(root)).filter((name) => name.startsWith('branchline.json.corrupt-'));
    expect(aside).toHaveLength(1);
    expect(await readFile(path.join(root, aside[0]!), 'utf8')).toBe('{"version": 1, "settings": ');
    expect(problems.map((p) => p.kind)).toEqual(['corrupt']);
  });

  it('sets a file of the wrong shape aside, and round-trips a valid one', async () => {
    const root = await tempDir();
    const file = path.join(root, 'branchline.json');
    await writeFile(file, JSON.stringify({ version: 1, settings: { locale: 'fr' } }));
    const state = await openStateFile({ file, onProblem: quiet, log: quiet });
    expect((await readdir(root)).some((name) => name.includes('.corrupt-'))).toBe(true);
    await state.update((draft) => {
      draft.settings.locale = 'cy';
    });
    expect((await openStateFile({ file, onProblem: quiet, log: quiet })).get().settings.locale).toBe('cy');
  });
});
