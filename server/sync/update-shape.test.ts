import * as encoding from 'lib0/encoding';
import { describe, expect, it } from 'vitest';
import * as awarenessProtocol from 'y-protocols/awareness';
import * as Y from 'yjs';
import { deeplyNestedValue, deleteSetClaim, structCountClaim, yjs687Update } from '../testing/crafted-updates';
import { seededRandom } from '../testing/seeded-random';
import { checkAwarenessShape, checkStateVectorShape, checkUpdateShape, ShapeError } from './update-shape';

/** Three peers making every kind of change Yjs can encode, exchanging state now and then. */
function randomHistory(seed: number, edits: number): { updates: Uint8Array[]; docs: Y.Doc[] } {
  const random = seededRandom(seed);
  const docs = [new Y.Doc(), new Y.Doc(), new Y.Doc()];
  const updates: Uint8Array[] = [];
  for (const doc of docs) doc.on('update', (update: Uint8Array) => updates.push(update));
  const pick = <T>(items: T[]) => items[Math.floor(random() * items.length)]!;
  for (let i = 0; i < edits; i++) {
    const doc = pick(docs);
    const text = doc.getText('t');
    const map = doc.getMap('m');
    const array = doc.getArray('a');
    const xml = doc.getXmlFragment('x');
    switch (Math.floor(random() * 12)) {
      case 0:
        text.insert(
          Math.floor(random() * (text.length + 1)),
          'héllo wörld 😀'.slice(0, 1 + Math.floor(random() * 12)),
          random() < 0.3 ? { bold: true } : undefined,
        );
        break;
      case 1:
        if (text.length > 2) text.delete(Math.floor(random() * (text.length - 1)), 1 + Math.floor(random() * 2));
        break;
      case 2:
        text.format(0, Math.floor(random() * text.length), { italic: random() < 0.5 ? true : null });
        break;
      case 3:
        map.set(`k${Math.floor(random() * 5)}`, {
          n: random(),
          list: [1, null, true, { deep: [1.5, -3, 2 ** 40] }],
          bytes: new Uint8Array([1, 2]),
        });
        break;
      case 4:
        array.insert(0, [1, 'two', null, false, 3.25, -7, 2 ** 45]);
        break;
      case 5:
        if (array.length > 0) array.delete(0, Math.min(array.length, 3));
        break;
      case 6: {
        const element = new Y.XmlElement('p');
        element.setAttribute('class', 'lead');
        element.insert(0, [new Y.XmlText('text')]);
        xml.insert(0, [element]);
        break;
      }
      case 7:
        // Yjs types say a fragment holds elements and text, but it stores hooks too.
        xml.insert(0, [new Y.XmlHook('hook') as unknown as Y.XmlElement]);
        break;
      case 8:
        text.insertEmbed(0, { image: 'cover.png' });
        break;
      case 9:
        array.insert(0, [new Uint8Array([9, 9, 9])]);
        break;
      case 10:
        map.set('subdocument', new Y.Doc());
        break;
      case 11:
        map.set(`nested${i % 3}`, new Y.Map());
        map.delete('k1');
        break;
    }
    if (random() < 0.2) Y.applyUpdate(pick(docs), Y.encodeStateAsUpdate(doc));
  }
  return { updates, docs };
}

describe('the bounded pre-pass over client payloads', () => {
  it('accepts every update, state and state vector Yjs makes', () => {
    const { updates, docs } = randomHistory(687, 1500);
    const states = docs.map((doc) => Y.encodeStateAsUpdate(doc));
    for (const update of [...updates, ...states, Y.mergeUpdates(updates), Y.encodeStateAsUpdate(new Y.Doc())]) {
      expect(() => checkUpdateShape(update)).not.toThrow();
      expect(() => checkUpdateShape(update, { readable: true })).not.toThrow();
    }
    for (const doc of docs) expect(() => checkStateVectorShape(Y.encodeStateVector(doc))).not.toThrow();
    expect(updates.length).toBeGreaterThan(1000);
  });

  it('refuses only what Yjs would refuse too, or bytes after the end that Yjs ignores', () => {
    const random = seededRandom(4242);
    const state = Y.encodeStateAsUpdate(randomHistory(7, 400).docs[0]!);
    for (let i = 0; i < 3000; i++) {
      const damaged = random() < 0.5 ? state.slice(0, Math.floor(random() * state.length)) : state.slice();
      if (damaged.length === state.length) damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      let refusal: string | null = null;
      try {
        checkUpdateShape(damaged);
      } catch (error) {
        refusal = (error as Error).message;
      }
      let yjsAccepts = true;
      try {
        Y.decodeUpdate(damaged);
        Y.applyUpdate(new Y.Doc(), damaged);
      } catch {
        yjsAccepts = false;
      }
      if (refusal && yjsAccepts) expect(refusal).toBe('trailing bytes');
    }
  });

  it('read for readability, passes nothing Yjs cannot decode (a stored record is vouched for by it)', () => {
    const random = seededRandom(1687);
    const state = Y.encodeStateAsUpdate(randomHistory(11, 400).docs[0]!);
    const passes = (update: Uint8Array, readable: boolean) => {
      try {
        checkUpdateShape(update, { readable });
        return true;
      } catch {
        return false;
      }
    };
    let refusedOnlyWhenReadable = 0;
    for (let i = 0; i < 4000; i++) {
      const damaged = state.slice();
      for (let flips = 1 + Math.floor(random() * 3); flips > 0; flips--)
        damaged[Math.floor(random() * damaged.length)] = Math.floor(random() * 256);
      if (passes(damaged, true)) expect(() => Y.decodeUpdate(damaged)).not.toThrow();
      else if (passes(damaged, false)) refusedOnlyWhenReadable++;
    }
    // The damage often lands in a string or a JSON value: only the readable check sees those.
    expect(refusedOnlyWhenReadable).toBeGreaterThan(100);
    // Found by this fuzz in CI: a skip (10) with item flags, which applyUpdate skips but decodeUpdate reads as an item.
    const skipWithItemFlags = new Uint8Array([1, 1, 1, 0, 0x8a, 1, 0]);
    expect(() => checkUpdateShape(skipWithItemFlags)).not.toThrow();
    expect(() => Y.decodeUpdate(skipWithItemFlags)).toThrow();
    expect(() => checkUpdateShape(skipWithItemFlags, { readable: true })).toThrow(ShapeError);
  });

  it('refuses the update of yjs/yjs#687, whose claims are not bounded by its size', () => {
    const update = yjs687Update();
    expect(update.length).toBeLessThan(40);
    // Proof that it is the real thing: Yjs's own version-2 decoder builds whatever it claims.
    expect(Y.decodeUpdateV2(yjs687Update(20_000)).structs).toHaveLength(20_000);
    // The sync protocol carries version 1; read as such, it is refused at once.
    expect(() => checkUpdateShape(update)).toThrow();
  });

  it('refuses version-1 updates that claim more than their bytes can hold', () => {
    expect(() => checkUpdateShape(structCountClaim())).toThrow(/claims 4294967295 entries/);
    expect(() => checkUpdateShape(deleteSetClaim())).toThrow(/claims/);
    expect(() => checkUpdateShape(deeplyNestedValue(10))).not.toThrow();
    expect(() => Y.applyUpdate(new Y.Doc(), deeplyNestedValue(10))).not.toThrow();
    expect(() => checkUpdateShape(deeplyNestedValue(10_000))).toThrow(/nested too deeply/);
    const farClock = encoding.createEncoder();
    for (const value of [1, 1, 7, Number.MAX_SAFE_INTEGER - 1]) encoding.writeVarUint(farClock, value);
    encoding.writeUint8(farClock, 0);
    encoding.writeVarUint(farClock, 5);
    encoding.writeVarUint(farClock, 0);
    expect(() => checkUpdateShape(encoding.toUint8Array(farClock))).toThrow(/clock out of range/);
  });

  it('checks awareness updates and state vectors the same way', () => {
    const doc = new Y.Doc();
    const awareness = new awarenessProtocol.Awareness(doc);
    awareness.setLocalState({ user: { name: 'Ann', color: '#1d6fa5' }, cursor: null });
    const update = awarenessProtocol.encodeAwarenessUpdate(awareness, [doc.clientID]);
    expect(checkAwarenessShape(update)).toEqual([doc.clientID]);
    const claim = encoding.createEncoder();
    encoding.writeVarUint(claim, 1_000_000);
    encoding.writeVarUint(claim, 1);
    expect(() => checkAwarenessShape(encoding.toUint8Array(claim))).toThrow(/claims/);
    expect(() => checkStateVectorShape(encoding.toUint8Array(claim))).toThrow(/claims/);
    awareness.destroy();
  });
});
