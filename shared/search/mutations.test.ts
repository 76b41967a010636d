import { describe, expect, it } from 'vitest';
import { mutatedForms, mutationVariants, possibleRadicals } from './mutations';

const sorted = (words: string[]) => [...words].sort();

describe('Welsh initial mutations', () => {
  it('gives a radical its soft, nasal and aspirate forms', () => {
    expect(sorted(mutatedForms('cymuned'))).toEqual(sorted(['gymuned', 'nghymuned', 'chymuned']));
    expect(sorted(mutatedForms('pentref'))).toEqual(sorted(['bentref', 'mhentref', 'phentref']));
    expect(sorted(mutatedForms('tref'))).toEqual(sorted(['dref', 'nhref', 'thref']));
    expect(sorted(mutatedForms('bara'))).toEqual(sorted(['fara', 'mara']));
    expect(sorted(mutatedForms('dysgu'))).toEqual(sorted(['ddysgu', 'nysgu']));
    expect(sorted(mutatedForms('gardd'))).toEqual(sorted(['ardd', 'ngardd']));
    expect(sorted(mutatedForms('gweithdy'))).toEqual(sorted(['weithdy', 'ngweithdy']));
    expect(mutatedForms('mam')).toEqual(['fam']);
    expect(mutatedForms('llyfrgell')).toEqual(['lyfrgell']);
    expect(mutatedForms('rhaglen')).toEqual(['raglen']);
  });

  it('puts an h before a word that starts with a vowel (after ei, ein, eu)', () => {
    expect(mutatedForms('ysgol')).toEqual(['hysgol']);
    expect(mutatedForms('enw')).toEqual(['henw']);
    expect(mutatedForms('wyres')).toEqual(['hwyres']);
  });

  it('leaves initials that never mutate alone', () => {
    expect(mutatedForms('chwarae')).toEqual([]);
    expect(mutatedForms('ffordd')).toEqual([]);
    expect(mutatedForms('theatr')).toEqual([]);
    expect(mutatedForms('sir')).toEqual([]);
  });

  it('finds the radicals a mutated word may have come from', () => {
    expect(possibleRadicals('nghymuned')).toContain('cymuned');
    expect(possibleRadicals('mhentref')).toContain('pentref');
    expect(possibleRadicals('nhref')).toContain('tref');
    expect(possibleRadicals('ngardd')).toContain('gardd');
    expect(possibleRadicals('ardd')).toContain('gardd');
    expect(possibleRadicals('weithdy')).toContain('gweithdy');
    expect(possibleRadicals('ddysgu')).toContain('dysgu');
    expect(sorted(possibleRadicals('fam'))).toEqual(sorted(['bam', 'mam']));
    expect(possibleRadicals('lyfrgell')).toContain('llyfrgell');
    expect(possibleRadicals('raglen')).toContain('rhaglen');
    expect(possibleRadicals('hysgol')).toContain('ysgol');
    expect(possibleRadicals('chaerdydd')).toContain('caerdydd');
    expect(possibleRadicals('phlant')).toContain('plant');
    expect(possibleRadicals('thref')).toContain('tref');
  });

  it('expands a mutated word to its radical and that radical’s other forms', () => {
    expect(sorted(mutationVariants('nghymuned'))).toEqual(sorted(['nghymuned', 'cymuned', 'gymuned', 'chymuned']));
    expect(mutationVariants('nghymuned')[0]).toBe('nghymuned');
    expect(mutationVariants('gymuned')).toEqual(expect.arrayContaining(['cymuned', 'nghymuned', 'chymuned']));
    expect(mutationVariants('caerdydd')).toEqual(
      expect.arrayContaining(['gaerdydd', 'nghaerdydd', 'chaerdydd', 'caerdydd']),
    );
    expect(mutationVariants('nghaerdydd')).toContain('caerdydd');
    expect(mutationVariants('blant')).toEqual(expect.arrayContaining(['plant', 'mhlant', 'phlant']));
    expect(mutationVariants('hysgol')).toEqual(expect.arrayContaining(['ysgol']));
    expect(mutationVariants('ysgol')).toEqual(expect.arrayContaining(['hysgol']));
    expect(mutationVariants('lyfrgell')).toEqual(expect.arrayContaining(['llyfrgell']));
  });

  it('does not expand very short words', () => {
    expect(mutationVariants('yn')).toEqual(['yn']);
    expect(mutationVariants('ty')).toEqual(['ty']);
  });
});
