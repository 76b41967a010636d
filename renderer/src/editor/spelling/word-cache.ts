import { MAX_CHECK_WORDS, type SpellingLanguage } from '../../../../shared/ipc/spelling-contract';

/**
 * What the host said of each word, per language, for the whole window: a word is asked about
 * once (the same words come back in every block and on every keystroke). Words still being
 * asked about are not asked again.
 */
const known = { en: new Map<string, boolean>(), cy: new Map<string, boolean>() };
/** Words asked about and not yet answered, with the answer they wait for. */
const asking = { en: new Map<string, Promise<void>>(), cy: new Map<string, Promise<void>>() };

/** True when the host said it is misspelt; undefined while not yet known. */
export function isMisspelt(language: SpellingLanguage, word: string): boolean | undefined {
  return known[language].get(word);
}

/** After "Add to dictionary": known at once here, before the next check. */
export function markKnown(language: SpellingLanguage, word: string): void {
  known[language].set(word, false);
}

async function ask(language: SpellingLanguage, batch: string[]): Promise<void> {
  try {
    const { misspelt } = await window.branchline.spelling.check({ language, words: batch });
    const wrong = new Set(misspelt);
    for (const word of batch) known[language].set(word, wrong.has(word));
  } catch {
    // Not answered (the host is closing): left unknown, so these words are asked about again next time.
  } finally {
    for (const word of batch) asking[language].delete(word);
  }
}

/**
 * Resolves once the host has answered for every one of `words`: those not yet known are asked
 * about (in batches the contract allows), and those already being asked about are waited for.
 */
export async function checkWords(language: SpellingLanguage, words: Iterable<string>): Promise<void> {
  const waits = new Set<Promise<void>>();
  const fresh: string[] = [];
  for (const word of new Set(words)) {
    if (known[language].has(word)) continue;
    const pending = asking[language].get(word);
    if (pending) waits.add(pending);
    else fresh.push(word);
  }
  for (let at = 0; at < fresh.length; at += MAX_CHECK_WORDS) {
    const batch = fresh.slice(at, at + MAX_CHECK_WORDS);
    const answer = ask(language, batch);
    for (const word of batch) asking[language].set(word, answer);
    waits.add(answer);
  }
  await Promise.all(waits);
}
