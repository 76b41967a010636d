import path from 'node:path';
import { z } from 'zod';
import {
  MAX_PERSONAL_WORDS,
  SpellingWord,
  type SpellingLanguage,
  type SpellingPrefs,
} from '../../../shared/ipc/spelling-contract';
import { normaliseWord } from '../../../shared/spelling/tokenise';
import { describeIssues, openJsonFile } from '../local-store/json-file';
import type { StoreHealthTracker } from '../local-store/store-health';

export const SPELLING_FILE_NAME = 'spelling.json';

/** `<dataDir>/spelling.json`: the words this person added, per language, and whether spelling is on. */
const SpellingData = z.object({
  version: z.literal(1),
  enabled: z.boolean(),
  words: z.object({
    en: z.array(SpellingWord).max(MAX_PERSONAL_WORDS),
    cy: z.array(SpellingWord).max(MAX_PERSONAL_WORDS),
  }),
});
type SpellingData = z.infer<typeof SpellingData>;

const emptyData = (): SpellingData => ({ version: 1, enabled: true, words: { en: [], cy: [] } });

export type PersonalDictionaryOptions = { dataDir: string; health: StoreHealthTracker; log: (message: string) => void };

/**
 * The personal dictionary: validated when read (a damaged file is set aside, never overwritten,
 * and the person starts with an empty one), written atomically on every change.
 */
export async function openPersonalDictionary(options: PersonalDictionaryOptions) {
  const file = await openJsonFile<SpellingData>({
    file: path.join(options.dataDir, SPELLING_FILE_NAME),
    read(raw) {
      const parsed = SpellingData.safeParse(raw);
      return parsed.success
        ? { ok: true, value: parsed.data, upgraded: false }
        : { ok: false, reason: describeIssues(parsed.error.issues) };
    },
    check: (value) => SpellingData.parse(value),
    defaults: emptyData,
    what: 'settings',
    fallback: 'the personal spelling dictionary starts empty',
    health: options.health,
    log: options.log,
  });
  const known = (language: SpellingLanguage) => new Set(file.get().words[language]);
  let sets = { en: known('en'), cy: known('cy') };

  return {
    has(language: SpellingLanguage, word: string): boolean {
      return sets[language].has(normaliseWord(word));
    },
    async add(language: SpellingLanguage, word: string): Promise<void> {
      const normal = normaliseWord(word);
      if (sets[language].has(normal)) return;
      await file.update((draft) => {
        const words = draft.words[language];
        words.push(normal);
        // Full: the oldest added goes, so adding always works.
        if (words.length > MAX_PERSONAL_WORDS) words.splice(0, words.length - MAX_PERSONAL_WORDS);
      });
      sets = { en: known('en'), cy: known('cy') };
    },
    prefs: (): SpellingPrefs => ({ enabled: file.get().enabled }),
    async setPrefs(prefs: SpellingPrefs): Promise<SpellingPrefs> {
      await file.update((draft) => {
        draft.enabled = prefs.enabled;
      });
      return { enabled: file.get().enabled };
    },
    flush: () => file.flush(),
  };
}

export type PersonalDictionary = Awaited<ReturnType<typeof openPersonalDictionary>>;
