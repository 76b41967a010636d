import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { DOCUMENT_ROOT_NAME } from '../editor/nodes';
import { anchorCollapsed, anchoredText, encodePosition, pathOf } from './anchors';

/** Two people's copies of one document, in the tree CollaborationPluginV2 keeps, kept in step. */
function twoCopies(paragraphs: string[]) {
  const first = new Y.Doc();
  const root = first.get(DOCUMENT_ROOT_NAME, Y.XmlElement) as Y.XmlElement;
  first.transact(() => {
    for (const words of paragraphs) {
      const paragraph = new Y.XmlElement('paragraph');
      const text = new Y.XmlText();
      paragraph.insert(0, [text]);
      root.push([paragraph]);
      text.insert(0, words);
    }
  });
  const second = new Y.Doc();
  Y.applyUpdate(second, Y.encodeStateAsUpdate(first));
  first.on('update', (update: Uint8Array) => Y.applyUpdate(second, update));
  second.on('update', (update: Uint8Array) => Y.applyUpdate(first, update));
  const rootOf = (doc: Y.Doc) => doc.get(DOCUMENT_ROOT_NAME, Y.XmlElement) as Y.XmlElement;
  const textOf = (doc: Y.Doc, index: number) => (rootOf(doc).get(index) as Y.XmlElement).get(0) as Y.XmlText;
  return { first, second, rootOf, textOf };
}

/** An anchor around `words` in paragraph `index` of `doc`, made as the editor makes it (end stays before what follows). */
function anchorAround(doc: Y.Doc, text: Y.XmlText, words: string) {
  const at = text.toString().indexOf(words);
  return {
    anchor: encodePosition(Y.createRelativePositionFromTypeIndex(text, at, 0)),
    focus: encodePosition(Y.createRelativePositionFromTypeIndex(text, at + words.length, -1)),
  };
}

describe('comment anchors', () => {
  it('stay on their words as both people type before, inside and after them', () => {
    const { first, second, rootOf, textOf } = twoCopies(['The committee meets on Tuesday.', 'Minutes follow.']);
    const { anchor, focus } = anchorAround(first, textOf(first, 0), 'meets on Tuesday');
    const quoted = (doc: Y.Doc) => anchoredText(doc, rootOf(doc), anchor, focus);
    expect(anchorCollapsed(first, anchor, focus)).toBe(false);
    expect(quoted(second)).toBe('meets on Tuesday');

    textOf(second, 0).insert(0, 'Since May, ');
    expect(quoted(first)).toBe('meets on Tuesday');
    textOf(first, 0).insert(textOf(first, 0).length - 1, ' afternoons');
    expect(quoted(second)).toBe('meets on Tuesday');
    // Typing right at either edge stays outside the passage.
    const at = textOf(second, 0).toString().indexOf('meets');
    textOf(second, 0).insert(at, 'usually ');
    textOf(first, 0).insert(textOf(first, 0).toString().indexOf('Tuesday') + 'Tuesday'.length, '!');
    expect(quoted(first)).toBe('meets on Tuesday');
    // Inside it: the passage grows and shrinks with the edit.
    textOf(first, 0).insert(textOf(first, 0).toString().indexOf('on Tuesday') + 3, 'every ');
    expect(quoted(second)).toBe('meets on every Tuesday');
    textOf(second, 0).delete(textOf(second, 0).toString().indexOf('meets'), 'meets '.length);
    expect(quoted(first)).toBe('on every Tuesday');
    // A paragraph added before it changes nothing.
    const paragraph = new Y.XmlElement('paragraph');
    rootOf(second).insert(0, [paragraph]);
    paragraph.insert(0, [new Y.XmlText('Agenda')]);
    expect(quoted(first)).toBe('on every Tuesday');
    expect(pathOf(rootOf(first), textOf(first, 1))).toEqual([1, 0]);
  });

  it('reads as empty once its words are deleted, and as nothing for a position of another document', () => {
    const { first, second, rootOf, textOf } = twoCopies(['Keep this. Drop this part.']);
    const { anchor, focus } = anchorAround(first, textOf(first, 0), 'Drop this part');
    const text = textOf(second, 0);
    text.delete(text.toString().indexOf('Drop'), 'Drop this part'.length);
    expect(anchoredText(first, rootOf(first), anchor, focus)).toBe('');
    expect(anchorCollapsed(second, anchor, focus)).toBe(true);
    const elsewhere = new Y.Doc();
    const other = elsewhere.get(DOCUMENT_ROOT_NAME, Y.XmlElement) as Y.XmlElement;
    expect(anchoredText(elsewhere, other, anchor, focus)).toBe(null);
    expect(anchoredText(first, rootOf(first), 'AAAA', focus)).toBe(null);
  });

  it('spans paragraphs', () => {
    const { first, rootOf, textOf } = twoCopies(['First paragraph.', 'Second paragraph.']);
    const anchor = encodePosition(Y.createRelativePositionFromTypeIndex(textOf(first, 0), 6, 0));
    const focus = encodePosition(Y.createRelativePositionFromTypeIndex(textOf(first, 1), 6, -1));
    expect(anchoredText(first, rootOf(first), anchor, focus)).toBe('paragraph.\nSecond');
  });
});
