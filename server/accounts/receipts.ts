import { createHash } from 'node:crypto';
import type { DirectoryFile } from './directory-file';
import type { DirectoryData, StoredReceipt } from './schema';

/**
 * Receipts of changes sent with an Idempotency-Key (see http/idempotency.ts). A client sends a
 * change again only when it heard no answer, which is minutes or hours later, not weeks; and
 * each is kept in accounts.json, so how many and how long are bounded.
 */
export const RECEIPT_KEPT_MS = 7 * 24 * 60 * 60 * 1000;
export const MAX_RECEIPTS_PER_PERSON = 200;

/** A receipt waiting for the first save of the request it belongs to. */
export type HeldReceipt = { receipt: StoredReceipt; saved: boolean };

const sameKey = (a: StoredReceipt, b: StoredReceipt) => a.userId === b.userId && a.key === b.key;

export function hasReceipt(data: DirectoryData, receipt: StoredReceipt): boolean {
  return data.receipts.some((stored) => sameKey(stored, receipt));
}

/** Adds a receipt, dropping those past their week and the person's oldest beyond the limit. */
export function addReceipt(data: DirectoryData, receipt: StoredReceipt, now: Date): void {
  const cutoff = now.getTime() - RECEIPT_KEPT_MS;
  const kept = data.receipts.filter((stored) => Date.parse(stored.at) >= cutoff && !sameKey(stored, receipt));
  const theirs = kept.filter((stored) => stored.userId === receipt.userId);
  const dropped = new Set(theirs.slice(0, Math.max(0, theirs.length - (MAX_RECEIPTS_PER_PERSON - 1))));
  data.receipts = [...kept.filter((stored) => !dropped.has(stored)), receipt];
}

/** What a request asks for, so a key sent again with another request is told apart. */
export function requestFingerprint(method: string, path: string, body: string): string {
  return createHash('sha256').update(`${method} ${path}\n${body}`).digest('hex');
}

export class Receipts {
  constructor(private readonly file: DirectoryFile) {}

  find(userId: string, key: string): StoredReceipt | undefined {
    return this.file.data.receipts.find((stored) => stored.userId === userId && stored.key === key);
  }

  /**
   * Keeps the first answer beside its receipt and writes it, before the answer is sent; a
   * change that made no save of its own gets its receipt here.
   */
  async keepAnswer(held: HeldReceipt, answer: NonNullable<StoredReceipt['answer']> | null): Promise<void> {
    const stored = held.saved ? this.find(held.receipt.userId, held.receipt.key) : undefined;
    if (stored) stored.answer = answer;
    else addReceipt(this.file.data, { ...held.receipt, answer }, new Date());
    await this.file.save();
  }
}
