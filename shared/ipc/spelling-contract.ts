import { z } from 'zod';
import { MAX_WORD_LENGTH } from '../spelling/tokenise';

/**
 * Spell-checking in the document editor (offline, in the host's spelling worker): English
 * (British) and Welsh, chosen by the document's language, plus a personal dictionary and an
 * on/off setting kept on this device. `check` answers with the words that are misspelt.
 */

export const SpellingLanguage = z.enum(['en', 'cy']);
export type SpellingLanguage = z.infer<typeof SpellingLanguage>;

export const SpellingWord = z.string().min(1).max(MAX_WORD_LENGTH);
/** Most words one check may carry: the renderer sends the words it has not seen, in batches this size. */
export const MAX_CHECK_WORDS = 2000;
export const MAX_SUGGESTIONS = 8;
/** Most words a personal dictionary keeps (per language). */
export const MAX_PERSONAL_WORDS = 5000;

export const SpellingPrefs = z.object({ enabled: z.boolean() });
export type SpellingPrefs = z.infer<typeof SpellingPrefs>;

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const spellingContract = {
  /** The misspelt ones among `words` (each as given); an empty list when all are known. */
  check: method(
    z.object({ language: SpellingLanguage, words: z.array(SpellingWord).max(MAX_CHECK_WORDS) }),
    z.object({ misspelt: z.array(z.string()) }),
  ),
  /** Up to MAX_SUGGESTIONS spellings close to `word`, likeliest first. */
  suggest: method(
    z.object({ language: SpellingLanguage, word: SpellingWord }),
    z.object({ suggestions: z.array(z.string()).max(MAX_SUGGESTIONS) }),
  ),
  /** Adds a word to this person's dictionary for that language (kept on this device). */
  addWord: method(z.object({ language: SpellingLanguage, word: SpellingWord }), z.undefined()),
  /** Whether spelling is checked in the editor. */
  prefs: method(z.undefined(), SpellingPrefs),
  setPrefs: method(SpellingPrefs, SpellingPrefs),
} as const;
