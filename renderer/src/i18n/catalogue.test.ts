import { describe, expect, it } from 'vitest';
import { cy } from './cy';
import { en } from './en';
import { resolveLocale } from './locale';

describe('catalogues', () => {
  it('have the same keys in English and Welsh, and no empty string', () => {
    expect(Object.keys(cy).sort()).toEqual(Object.keys(en).sort());
    for (const [key, value] of [...Object.entries(en), ...Object.entries(cy)]) expect(value.trim(), key).not.toBe('');
  });

  it('use the same placeholders in both languages', () => {
    const placeholders = (text: string) => (text.match(/\{\{\s*\w+\s*\}\}/g) ?? []).sort();
    for (const key of Object.keys(en) as Array<keyof typeof en>)
      expect(placeholders(cy[key]), key).toEqual(placeholders(en[key]));
  });

  it('translate everything a person reads, except names', () => {
    const sameOnPurpose = new Set([
      'app.name',
      'settings.languageEnglish',
      'settings.languageWelsh',
      // Links to a translation name it in its own language, whatever the UI's.
      'library.readInWelsh',
      'library.readInEnglish',
    ]);
    const same = (Object.keys(en) as Array<keyof typeof en>).filter(
      (key) => en[key] === cy[key] && !sameOnPurpose.has(key),
    );
    expect(same).toEqual([]);
  });
});

describe('resolveLocale', () => {
  it('follows the system when asked to', () => {
    expect(resolveLocale('system', ['cy-GB', 'en-GB'])).toBe('cy');
    expect(resolveLocale('system', ['en-GB', 'cy'])).toBe('en');
    expect(resolveLocale('system', ['fr-FR'])).toBe('en');
    expect(resolveLocale('cy', ['en-GB'])).toBe('cy');
  });
});
