import { fromBase64, toBase64 } from 'lib0/buffer';

/**
 * JSON with binary: the browser bridge carries Yjs updates as `{ "$bytes": base64 }`.
 * Electron's structured clone carries Uint8Array natively and does not need this.
 */
const BYTES_KEY = '$bytes';

export function encodeWire(value: unknown): string {
  // Read the holder's own value: JSON.stringify applies toJSON (which Node's Buffer has) before the replacer.
  return JSON.stringify(value, function (this: Record<string, unknown>, key: string, item: unknown) {
    const original = this[key];
    return original instanceof Uint8Array ? { [BYTES_KEY]: toBase64(original) } : item;
  });
}

export function decodeWire(text: string): unknown {
  return JSON.parse(text, (_key, item: unknown) => {
    if (item && typeof item === 'object' && !Array.isArray(item)) {
      const record = item as Record<string, unknown>;
      const keys = Object.keys(record);
      if (keys.length === 1 && keys[0] === BYTES_KEY && typeof record[BYTES_KEY] === 'string') {
        return fromBase64(record[BYTES_KEY]);
      }
    }
    return item;
  });
}
