import { describe, expect, it } from 'vitest';
import { decodeWire, encodeWire } from './wire';

describe('wire codec', () => {
  it('carries bytes inside ordinary JSON', () => {
    const value = {
      id: 3,
      input: { serverId: 'local', update: new Uint8Array([0, 1, 2, 255]) },
      list: [new Uint8Array([9])],
    };
    const decoded = decodeWire(encodeWire(value)) as typeof value;
    expect(decoded.input.update).toBeInstanceOf(Uint8Array);
    expect([...decoded.input.update]).toEqual([0, 1, 2, 255]);
    expect([...decoded.list[0]!]).toEqual([9]);
    expect(decoded.id).toBe(3);
  });

  it('carries a subclass of Uint8Array whose toJSON would say otherwise', () => {
    class Tagged extends Uint8Array {
      toJSON() {
        return { type: 'Tagged' };
      }
    }
    const decoded = decodeWire(encodeWire({ update: new Tagged([4, 5]) })) as { update: Uint8Array };
    expect([...decoded.update]).toEqual([4, 5]);
  });

  it('leaves look-alike objects with more keys alone', () => {
    expect(decodeWire('{"$bytes":"AA==","other":1}')).toEqual({ $bytes: 'AA==', other: 1 });
  });

  it('throws on malformed JSON rather than guessing', () => {
    expect(() => decodeWire('{"t":')).toThrow();
  });
});
