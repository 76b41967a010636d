import { constants } from 'node:fs';
import { copyFile, readFile, rm } from 'node:fs/promises';
import { encodeRecords, parseRecords, replaceFileDurably } from './framed-log';
import { allUpdates, damagedByteCount, salvageRecords, type Salvage } from './log-recovery';

/** What was wrong with a log, and what became of it. */
export type LogDamage = {
  /** Byte ranges [start, end) that held no good record. */
  spans: Salvage['damaged'];
  /** How many bytes they cover. */
  bytes: number;
  /** Where the whole file as it was is kept; null when the disk would not take the copy. */
  keptAs: string | null;
  /** True when the log now holds only its good records (so appends may follow them); false leaves it as it was. */
  rewritten: boolean;
  /** Why the damage could not be set aside, when it could not. */
  error: unknown;
};

export type LogRead = {
  /** Whether the file is there at all (a room nobody has written to has none). */
  exists: boolean;
  /** Every good record, in file order. */
  records: Uint8Array[];
  /** Bytes of good records in the file as it now is (0 when damage stayed in it). */
  byteLength: number;
  damage: LogDamage | null;
};

/**
 * Reads a log for the server and the desktop alike. A clean log is read as it is. A damaged one
 * (a torn tail, a bad checksum anywhere, a record that is not an update) is read around the
 * damage (`log-recovery.ts`): every good record is kept, wherever it sits; the whole file as it
 * was is copied to `<file>.corrupt-<time>` (never deleted); then the log is rewritten with the
 * good records. If the disk will not take the copy, nothing is changed. A missing file is an
 * empty log; any other read error is thrown.
 *
 * `accept` says whether records whose framing and checksums are all good are what they should
 * be; by default each must be a well-formed Yjs update (the bounded pre-pass). The server
 * passes its merge instead, which it needs anyway and which throws on anything else.
 */
export async function readFramedLog(
  file: string,
  options: { accept?: (records: Uint8Array[]) => boolean; isRecord?: (payload: Uint8Array) => boolean } = {},
): Promise<LogRead> {
  let bytes: Uint8Array;
  try {
    bytes = await readFile(file);
  } catch (error) {
    if ((error as NodeJS.ErrnoException).code === 'ENOENT')
      return { exists: false, records: [], byteLength: 0, damage: null };
    throw error;
  }
  const clean = parseRecords(bytes);
  if (clean.goodLength === bytes.length && (options.accept ?? allUpdates)(clean.records))
    return { exists: true, records: clean.records, byteLength: bytes.length, damage: null };

  const { records, damaged } = salvageRecords(bytes, options.isRecord);
  const damage: LogDamage = {
    spans: damaged,
    bytes: damagedByteCount(damaged),
    keptAs: null,
    rewritten: false,
    error: null,
  };
  const aside = `${file}.corrupt-${Date.now()}`;
  try {
    await copyFile(file, aside, constants.COPYFILE_EXCL);
    damage.keptAs = aside;
  } catch (error) {
    // A half-made copy of it would only take space.
    await rm(aside, { force: true }).catch(() => undefined);
    damage.error = error;
    return { exists: true, records, byteLength: 0, damage };
  }
  // Rewritten only once the damaged file is safe elsewhere.
  const good = encodeRecords(records);
  try {
    await replaceFileDurably(file, good);
    damage.rewritten = true;
  } catch (error) {
    damage.error = error;
    return { exists: true, records, byteLength: 0, damage };
  }
  return { exists: true, records, byteLength: good.length, damage };
}
