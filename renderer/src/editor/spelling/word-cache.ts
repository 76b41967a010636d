import { MAX_CHECK_WORDS, type SpellingLanguage } from '../../../../shared/ipc/spelling-contract';

/**
 * What the host said of each word, per language, for the whole window: a word is asked about
 * once (the same words come back in every block and on every keystroke). Words still being
 * asked about are not asked again.
 */
const known = { en: new Map<string, boolean>(), cy: new Map<string, boolean>() };
const asking = { en: new Set<string>(), cy: new Set<string>() };

/** True when the host said it is misspelt; undefined while not yet known. */
export function isMisspelt(language: SpellingLanguage, word: string): boolean | undefined {
  return known[language].get(word);
}

/** After "Add to dictionary": known at once here, before the next check. */
export function markKnown(language: SpellingLanguage, word: string): void {
  known[language].set(word, false);
}

/** Asks the host about the words not yet known; resolves once every answer is in (true when any was asked). */
export async function checkWords(language: SpellingLanguage, words: Iterable<string>): Promise<boolean> {
  const fresh = [...new Set(words)].filter((word) => !known[language].has(word) && !asking[language].has(word));
  if (fresh.length === 0) return false;
  for (const word of fresh) asking[language].add(word);
  try {
    for (let at = 0; at < fresh.length; at += MAX_CHECK_WORDS) {
      const batch = fresh.slice(at, at + MAX_CHECK_WORDS);
      const { misspelt } = await window.branchline.spelling.check({ language, words: batch });
      const wrong = new Set(misspelt);
      for (const word of batch) known[language].set(word, wrong.has(word));
    }
  } finally {
    for (const word of fresh) asking[language].delete(word);
  }
  return true;
}
