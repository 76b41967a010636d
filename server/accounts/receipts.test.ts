import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DirectoryFile } from './directory-file';
import { addReceipt, MAX_RECEIPTS_PER_PERSON, RECEIPT_KEPT_MS } from './receipts';
import { emptyDirectory, type StoredReceipt } from './schema';

const receipt = (userId: string, key: string, at: Date): StoredReceipt => ({
  userId,
  key,
  request: 'f'.repeat(64),
  at: at.toISOString(),
  answer: null,
});

describe('receipts', () => {
  const folders: string[] = [];
  afterEach(async () => {
    for (const folder of folders.splice(0)) await rm(folder, { recursive: true, force: true });
  });
  const open = async () => {
    const folder = await mkdtemp(path.join(tmpdir(), 'branchline-receipts-'));
    folders.push(folder);
    return { folder, file: await DirectoryFile.open(folder, () => undefined) };
  };
  const onDisk = async (folder: string) =>
    JSON.parse(await readFile(path.join(folder, 'accounts.json'), 'utf8')) as {
      receipts: StoredReceipt[];
      organisation: { name: string };
    };

  it('keeps a week of them, and at most the limit per person', () => {
    const data = emptyDirectory();
    const now = new Date('2026-11-23T12:00:00Z');
    addReceipt(data, receipt('user-old-1', 'k'.repeat(16), new Date(now.getTime() - RECEIPT_KEPT_MS - 1)), now);
    for (let i = 0; i < MAX_RECEIPTS_PER_PERSON + 5; i++)
      addReceipt(data, receipt('user-busy-1', `key-${String(i).padStart(12, '0')}`, now), now);
    addReceipt(data, receipt('user-calm-1', 'c'.repeat(16), now), now);
    expect(data.receipts.filter((kept) => kept.userId === 'user-busy-1')).toHaveLength(MAX_RECEIPTS_PER_PERSON);
    expect(data.receipts.some((kept) => kept.key === 'key-000000000000')).toBe(false);
    expect(data.receipts.some((kept) => kept.userId === 'user-old-1')).toBe(false);
    expect(data.receipts.some((kept) => kept.userId === 'user-calm-1')).toBe(true);
  });

  it('goes to disk in the first write of the change it belongs to, and only then', async () => {
    const { folder, file } = await open();
    const held = await file.withReceipt(receipt('user-ann-01', 'a'.repeat(16), new Date()), async () => {
      // Activity times saved later belong to nobody's change, even when asked for inside one.
      file.saveSoon(10);
      await new Promise((resolve) => setTimeout(resolve, 50));
      await file.flush();
      expect((await onDisk(folder)).receipts).toEqual([]);
      file.data.organisation = { name: 'Changed' };
      await file.save();
    });
    expect(held.saved).toBe(true);
    const stored = await onDisk(folder);
    expect(stored.organisation.name).toBe('Changed');
    expect(stored.receipts.map((kept) => kept.userId)).toEqual(['user-ann-01']);

    const nothing = await file.withReceipt(receipt('user-ann-01', 'b'.repeat(16), new Date()), async () => undefined);
    expect(nothing.saved).toBe(false);
    expect((await onDisk(folder)).receipts).toHaveLength(1);
  });
});
