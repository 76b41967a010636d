import { describe, expect, it } from 'vitest';
import { foldText, searchTerms, wordSpans } from './fold';

describe('folding', () => {
  it('drops case and diacritics, so ŵ, ŷ and â find w, y and a', () => {
    expect(foldText('Gŵyl y Gelli')).toBe('gwyl y gelli');
    expect(foldText('TŶ CAPEL')).toBe('ty capel');
    expect(foldText('Llŷn a Môn')).toBe('llyn a mon');
    expect(foldText('câr, cariad')).toBe('car, cariad');
    expect(foldText('naïve café')).toBe('naive cafe');
  });

  it('folds text typed with combining marks the same as precomposed letters', () => {
    expect(foldText('dw\u0302r')).toBe(foldText('dŵr'));
    expect(searchTerms('dw\u0302r')).toEqual(['dwr']);
  });

  it('splits words at anything but letters and digits, keeping repeats', () => {
    expect(searchTerms("Mae'r plant yn y llyfrgell-gymunedol, 2024 a'r plant")).toEqual([
      'mae',
      'r',
      'plant',
      'yn',
      'y',
      'llyfrgell',
      'gymunedol',
      '2024',
      'a',
      'r',
      'plant',
    ]);
  });

  it('leaves out words too long to be words', () => {
    expect(searchTerms(`link ${'x'.repeat(41)} end`)).toEqual(['link', 'end']);
  });

  it('gives each word its place in the original text, accents and all', () => {
    const text = 'Croeso i’r Ŵyl, dŵr!';
    expect(wordSpans(text).map(({ start, end, folded }) => [text.slice(start, end), folded])).toEqual([
      ['Croeso', 'croeso'],
      ['i', 'i'],
      ['r', 'r'],
      ['Ŵyl', 'wyl'],
      ['dŵr', 'dwr'],
    ]);
  });

  it('reads the words from the folded text when folding kept every offset, and word by word when it did not', () => {
    const precomposed = 'Croeso i’r Ŵyl, dŵr!';
    expect(wordSpans(precomposed, foldText(precomposed))).toEqual(wordSpans(precomposed));
    const decomposed = 'Croeso i’r W\u0302yl, dw\u0302r!';
    expect(foldText(decomposed).length).toBeLessThan(decomposed.length);
    expect(wordSpans(decomposed, foldText(decomposed)).map(({ start, end }) => decomposed.slice(start, end))).toEqual([
      'Croeso',
      'i',
      'r',
      'W\u0302yl',
      'dw\u0302r',
    ]);
  });
});
