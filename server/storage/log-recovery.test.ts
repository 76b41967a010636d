import { describe, expect, it } from 'vitest';
import { encodeRecords, parseRecords } from './framed-log';
import { damagedByteCount, salvageRecords } from './log-recovery';
import { typingUpdates as updates } from '../testing/typing-updates';

const concat = (...parts: Uint8Array[]) => Uint8Array.from(parts.flatMap((part) => [...part]));
/** What the server and the desktop both take from a salvage: the records, and how many bytes were lost. */
const salvaged = (bytes: Uint8Array) => {
  const { records, damaged } = salvageRecords(bytes);
  return { records, damagedBytes: damagedByteCount(damaged) };
};

describe('reading a room log past damage', () => {
  it('reads exactly what the writer wrote, as the clean reader does', () => {
    const written = updates(5);
    const bytes = encodeRecords(written);
    expect(salvaged(bytes)).toEqual({ records: written, damagedBytes: 0 });
    expect(parseRecords(bytes).records).toEqual(written);
  });

  it('skips garbage between records and counts it', () => {
    const [a, b] = updates(2);
    const bytes = concat(encodeRecords([a!]), new Uint8Array([7, 7, 7, 7, 7]), encodeRecords([b!]));
    expect(salvaged(bytes)).toEqual({ records: [a, b], damagedBytes: 5 });
  });

  it('skips a record whose length field is damaged, and everything after it still reads', () => {
    const [a, b, c] = updates(3);
    const middle = encodeRecords([b!]);
    middle[0] = 0x7f; // claims far more than the file holds
    const bytes = concat(encodeRecords([a!]), middle, encodeRecords([c!]));
    expect(salvaged(bytes)).toEqual({ records: [a, c], damagedBytes: middle.byteLength });
  });
});
