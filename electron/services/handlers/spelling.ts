import type { HostHandlers } from '../../../shared/ipc/contract';
import type { PersonalDictionary } from '../spelling/personal-dictionary';
import type { SpellingHost } from '../spelling/spelling-host';

/** Spelling: checked offline in the spelling worker; the personal dictionary and the on/off setting on this device. */
export function spellingHandlers(spelling: SpellingHost, personal: PersonalDictionary): HostHandlers['spelling'] {
  return {
    async check({ language, words }) {
      return { misspelt: await spelling.check(language, words) };
    },
    async suggest({ language, word }) {
      return { suggestions: await spelling.suggest(language, word) };
    },
    async addWord({ language, word }) {
      await personal.add(language, word);
    },
    prefs: async () => personal.prefs(),
    setPrefs: async (prefs) => personal.setPrefs(prefs),
  };
}
