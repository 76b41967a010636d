import { describe, expect, it } from 'vitest';
import { buildQueryPlan, editDistanceWithin, termMatches } from './query';

describe('query plans', () => {
  it('folds what was typed and ANDs its words, each with its mutation variants', () => {
    const plan = buildQueryPlan('Gweithdy Plant ');
    expect(plan.words.map((word) => word.word)).toEqual(['gweithdy', 'plant']);
    expect(plan.words[1]!.variants).toEqual(expect.arrayContaining(['plant', 'blant', 'mhlant', 'phlant']));
    expect(plan.words[0]!.variants[0]).toBe('gweithdy');
  });

  it('matches the word being typed as a prefix, and only that one', () => {
    expect(buildQueryPlan('summer rea').words.map((word) => word.prefix)).toEqual([false, true]);
    // A space or punctuation after the last word means it is finished.
    expect(buildQueryPlan('summer read ').words.map((word) => word.prefix)).toEqual([false, false]);
    expect(buildQueryPlan('summer read,').words.map((word) => word.prefix)).toEqual([false, false]);
    // One letter would match most of any index; it waits for the next.
    expect(buildQueryPlan('summer r').words.map((word) => word.prefix)).toEqual([false, false]);
  });

  it('leaves out variants too short to mean anything', () => {
    expect(buildQueryPlan('ngh').words[0]!.variants).not.toContain('c');
    expect(buildQueryPlan('nghym').words[0]!.variants).toEqual(expect.arrayContaining(['nghym', 'cym', 'gym', 'chym']));
  });

  it('forgives one typo in longer words only', () => {
    expect(buildQueryPlan('llyfrgell yn').words.map((word) => word.fuzzy)).toEqual([1, 0]);
  });

  it('has no words for empty or punctuation-only text, and drops repeats', () => {
    expect(buildQueryPlan('').words).toEqual([]);
    expect(buildQueryPlan('  ,.; ').words).toEqual([]);
    expect(buildQueryPlan('plant a plant').words.map((word) => word.word)).toEqual(['plant', 'a']);
  });

  it('finds ŵ and ŷ typed or not, both ways round', () => {
    expect(buildQueryPlan('dŵr').words[0]!.word).toBe('dwr');
    expect(termMatches('dwr', buildQueryPlan('dwr ').words[0]!)).toBe(true);
    expect(termMatches('ty', buildQueryPlan('Tŷ ').words[0]!)).toBe(true);
  });

  it('matches terms the way the index does: variants, prefixes, one edit', () => {
    const [cymuned] = buildQueryPlan('nghymuned ').words;
    expect(termMatches('gymuned', cymuned!)).toBe(true);
    expect(termMatches('cymuned', cymuned!)).toBe(true);
    expect(termMatches('cymunedau', cymuned!)).toBe(false);
    const [typing] = buildQueryPlan('cymun').words;
    expect(termMatches('cymunedau', typing!)).toBe(true);
    expect(termMatches('gymunedol', typing!)).toBe(true);
    const [library] = buildQueryPlan('libary ').words;
    expect(termMatches('library', library!)).toBe(true);
    expect(termMatches('literary', library!)).toBe(false);
  });

  it('measures edit distance, giving up past the limit', () => {
    expect(editDistanceWithin('llyfrgell', 'llyfrgel', 1)).toBe(1);
    expect(editDistanceWithin('gweithdy', 'gwaithdu', 1)).toBe(2);
    expect(editDistanceWithin('plant', 'plant', 1)).toBe(0);
    expect(editDistanceWithin('a', 'abcd', 1)).toBe(2);
  });
});
