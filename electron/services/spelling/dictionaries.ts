import nspell from 'nspell';
import type { SpellingLanguage } from '../../../shared/ipc/spelling-contract';
import { normaliseWord } from '../../../shared/spelling/tokenise';

/**
 * The Hunspell dictionaries (`dictionary-en-gb`, `dictionary-cy`, read by `nspell`), each
 * loaded the first time its language is asked for: Welsh takes about a second and a half and
 * over 100 MiB, so it is loaded only when a Welsh document is checked, and let go when unused.
 */
export type Checker = {
  misspelt(words: readonly string[]): string[];
  suggest(word: string, limit: number): string[];
};

async function readDictionary(language: SpellingLanguage): Promise<{ aff: Uint8Array; dic: Uint8Array }> {
  const loaded = language === 'cy' ? await import('dictionary-cy') : await import('dictionary-en-gb');
  return loaded.default;
}

/** nspell's own check, and also the word with a lower-case first letter (a sentence may start with any word). */
function known(spell: ReturnType<typeof nspell>, word: string): boolean {
  if (spell.correct(word)) return true;
  const lowered = word.charAt(0).toLocaleLowerCase() + word.slice(1);
  return lowered !== word && spell.correct(lowered);
}

export async function loadChecker(language: SpellingLanguage): Promise<Checker> {
  const dictionary = await readDictionary(language);
  const spell = nspell({ aff: Buffer.from(dictionary.aff), dic: Buffer.from(dictionary.dic) });
  return {
    misspelt: (words) => words.filter((word) => !known(spell, normaliseWord(word))),
    suggest(word, limit) {
      const curly = word.includes('’');
      return spell
        .suggest(normaliseWord(word))
        .slice(0, limit)
        .map((suggestion) => (curly ? suggestion.replace(/'/g, '’') : suggestion));
    },
  };
}
