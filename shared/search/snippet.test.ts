import { describe, expect, it } from 'vitest';
import { buildQueryPlan } from './query';
import { makeSnippet, SNIPPET_LENGTH } from './snippet';

const highlighted = (snippet: { text: string; highlights: Array<[number, number]> }) =>
  snippet.highlights.map(([start, end]) => snippet.text.slice(start, end));

describe('snippets', () => {
  it('shows a short block whole, with its matches highlighted in the original spelling', () => {
    const snippet = makeSnippet(
      ['Cyfarfod y pwyllgor', 'Bydd gweithdy i’r plant yng Nghymuned Aberteifi.'],
      buildQueryPlan('cymuned'),
    );
    expect(snippet).toEqual({
      text: 'Bydd gweithdy i’r plant yng Nghymuned Aberteifi.',
      highlights: [[28, 37]],
    });
    expect(highlighted(snippet!)).toEqual(['Nghymuned']);
  });

  it('prefers the first block that holds the most of the words', () => {
    const blocks = ['The plant sale is on Friday.', 'Dŵr a bwyd', 'Gweithdy plant: dŵr, tywod a chwarae.'];
    const snippet = makeSnippet(blocks, buildQueryPlan('dwr plant'))!;
    expect(snippet.text).toBe('Gweithdy plant: dŵr, tywod a chwarae.');
    expect(highlighted(snippet)).toEqual(['plant', 'dŵr']);
  });

  it('cuts a long block around its first match at word boundaries', () => {
    const words = Array.from({ length: 120 }, (_, index) => `word${index}`);
    words[70] = 'Llyfrgell';
    const snippet = makeSnippet([words.join(' ')], buildQueryPlan('llyfrgell'))!;
    expect(snippet.text.startsWith('…word')).toBe(true);
    expect(snippet.text.endsWith('…')).toBe(true);
    expect(snippet.text.length).toBeLessThanOrEqual(SNIPPET_LENGTH + 12);
    expect(highlighted(snippet)).toEqual(['Llyfrgell']);
    // Whole words only at both ends.
    expect(
      snippet.text
        .slice(1, -1)
        .split(' ')
        .every((word) => /^(word\d+|Llyfrgell)$/.test(word)),
    ).toBe(true);
  });

  it('highlights prefix and one-typo matches, as the index found them', () => {
    expect(highlighted(makeSnippet(['Summer Reading Challenge'], buildQueryPlan('summer rea'))!)).toEqual([
      'Summer',
      'Reading',
    ]);
    expect(highlighted(makeSnippet(['Our library service'], buildQueryPlan('libary '))!)).toEqual(['library']);
  });

  it('is null when no block matches', () => {
    expect(makeSnippet(['Nothing to see here'], buildQueryPlan('cymuned'))).toBeNull();
    expect(makeSnippet([], buildQueryPlan('cymuned'))).toBeNull();
  });
});
