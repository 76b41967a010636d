import { describe, expect, it } from 'vitest';
import { normaliseWord, tokenise } from './tokenise';

const words = (text: string) => tokenise(text).map((token) => token.word);

describe('tokenise', () => {
  it('finds words with their offsets', () => {
    expect(tokenise('Mae’r llyfr')).toEqual([
      { word: 'Mae’r', start: 0, end: 5 },
      { word: 'llyfr', start: 6, end: 11 },
    ]);
  });

  it('keeps Welsh letters and digraphs inside words', () => {
    expect(
      words('tŷ bach, ŵyr, Llŷn, ffôn, caffi, therapïau, tröedigaeth, ẅ ÿ, gwelẃn, ẁyth, gwelẁch, llyfrgell'),
    ).toEqual([
      'tŷ',
      'bach',
      'ŵyr',
      'Llŷn',
      'ffôn',
      'caffi',
      'therapïau',
      'tröedigaeth',
      'gwelẃn',
      'ẁyth',
      'gwelẁch',
      'llyfrgell',
    ]);
  });

  it('keeps a decomposed accent with its letter', () => {
    expect(words('ty\u0302 mawr')).toEqual(['ty\u0302', 'mawr']);
    expect(normaliseWord('ty\u0302')).toBe('tŷ');
  });

  it('keeps apostrophes between letters, straight or curly, and drops quotes around a word', () => {
    expect(words("dy'n children's children’s 'quoted' ‘hi’ o'r")).toEqual([
      "dy'n",
      "children's",
      'children’s',
      'quoted',
      'hi',
      "o'r",
    ]);
    expect(normaliseWord('children’s')).toBe("children's");
  });

  it('checks a hyphenated word part by part', () => {
    expect(tokenise('well-known cyd-weithio')).toEqual([
      { word: 'well', start: 0, end: 4 },
      { word: 'known', start: 5, end: 10 },
      { word: 'cyd', start: 11, end: 14 },
      { word: 'weithio', start: 15, end: 22 },
    ]);
  });

  it('skips web addresses, email addresses and domains', () => {
    expect(
      words('see https://exmaple.org/pagge and www.libary.wales, mail jo.bloggs@libary.org or libary.gov.uk. done'),
    ).toEqual(['see', 'and', 'mail', 'or', 'done']);
  });

  it('skips numbers, words with digits, acronyms and single letters', () => {
    expect(words('In 2026 we had 3rd place, A4 paper, NHS and CILIP and BBC’s a y i o word')).toEqual([
      'In',
      'we',
      'had',
      'place',
      'paper',
      'and',
      'and',
      'word',
    ]);
  });

  it('splits on punctuation and keeps offsets right after it', () => {
    const text = '“Libary,” she said (twice).';
    expect(tokenise(text).map((token) => text.slice(token.start, token.end))).toEqual([
      'Libary',
      'she',
      'said',
      'twice',
    ]);
  });

  it('refuses a run of letters too long to be a word', () => {
    expect(words('a'.repeat(61) + ' fine')).toEqual(['fine']);
  });
});
