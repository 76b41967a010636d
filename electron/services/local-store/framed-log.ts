import { crc32 } from 'node:zlib';

/**
 * Record framing for the per-room update logs: [u32 length][u32 crc32][payload], big-endian.
 * A crash can leave a half-written record at the end; the checksum tells it apart from data.
 */
export const HEADER_BYTES = 8;

export function encodeRecords(payloads: readonly Uint8Array[]): Buffer {
  const total = payloads.reduce((sum, p) => sum + HEADER_BYTES + p.byteLength, 0);
  const out = Buffer.allocUnsafe(total);
  let offset = 0;
  for (const payload of payloads) {
    out.writeUInt32BE(payload.byteLength, offset);
    out.writeUInt32BE(crc32(payload), offset + 4);
    out.set(payload, offset + HEADER_BYTES);
    offset += HEADER_BYTES + payload.byteLength;
  }
  return out;
}

export type DecodedLog = {
  records: Uint8Array[];
  /** Bytes that hold whole, checksummed records; anything after is a torn or corrupt tail. */
  validBytes: number;
};

export function decodeRecords(bytes: Uint8Array): DecodedLog {
  const view = Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  const records: Uint8Array[] = [];
  let offset = 0;
  while (offset + HEADER_BYTES <= view.byteLength) {
    const length = view.readUInt32BE(offset);
    const checksum = view.readUInt32BE(offset + 4);
    const end = offset + HEADER_BYTES + length;
    if (end > view.byteLength) break;
    const payload = view.subarray(offset + HEADER_BYTES, end);
    if (crc32(payload) !== checksum) break;
    records.push(new Uint8Array(payload));
    offset = end;
  }
  return { records, validBytes: offset };
}
