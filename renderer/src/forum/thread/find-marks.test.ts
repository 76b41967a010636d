import { describe, expect, it } from 'vitest';
import { findPlan, findRanges, markedPieces } from './find-marks';

describe('words searched for, marked in a post', () => {
  it('match as the index does: case and accents folded, the last word as a prefix', () => {
    const plan = findPlan('DWR read')!;
    const text = 'Dŵr and Reading lists; ready? thread';
    expect(findRanges(text, plan).map(([start, end]) => text.slice(start, end))).toEqual(['Dŵr', 'Reading', 'ready']);
  });

  it('match Welsh mutations of a word', () => {
    const plan = findPlan('llyfrgell ')!;
    expect(markedPieces('Yn y lyfrgell heddiw', plan)).toEqual([
      { text: 'Yn y ', marked: false },
      { text: 'lyfrgell', marked: true },
      { text: ' heddiw', marked: false },
    ]);
  });

  it('mark nothing when nothing worth finding was typed', () => {
    expect(findPlan('')).toBeNull();
    expect(findPlan('  ... ')).toBeNull();
    expect(markedPieces('Some text', null)).toEqual([{ text: 'Some text', marked: false }]);
    expect(markedPieces('', findPlan('word'))).toEqual([{ text: '', marked: false }]);
  });
});
