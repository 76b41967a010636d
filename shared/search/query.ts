import { searchTerms } from './fold';
import { mutationVariants } from './mutations';

/**
 * What quick find looks for, from what was typed: every word must match (AND); a word
 * matches any of its Welsh mutation variants (OR); the word still being typed matches as a
 * prefix; longer words forgive one typo. Engines (MiniSearch on the desktop, later others)
 * are driven from this plan, and snippets are cut by it, so both agree on what matched.
 */
export type QueryWord = {
  /** The word as typed, folded. */
  word: string;
  /** The word first, then its mutation variants. */
  variants: string[];
  /** The word is still being typed: any term starting with a variant matches. */
  prefix: boolean;
  /** Edits (insert, delete, change a letter) forgiven against `word`, not against its variants. */
  fuzzy: number;
};

export type QueryPlan = { words: QueryWord[] };

/** A prefix this short would match a large part of any index: it waits for one more letter. */
export const MIN_PREFIX_LENGTH = 2;
/** Words at least this long forgive one typo. */
export const FUZZY_FROM_LENGTH = 5;
/** Beyond this many words the rest are ignored (a pasted paragraph is not a quick-find query). */
export const MAX_QUERY_WORDS = 8;

export function buildQueryPlan(text: string): QueryPlan {
  const terms = searchTerms(text);
  // The last word is still being typed unless something (a space, punctuation) follows it.
  const typing = terms.length > 0 && /[\p{L}\p{M}\p{N}]$/u.test(text);
  const unique = [...new Set(terms)].slice(0, MAX_QUERY_WORDS);
  const last = terms[terms.length - 1];
  return {
    words: unique.map((word) => ({
      word,
      // A one-letter radical ("ngh" → "c") would match most of any index.
      variants: mutationVariants(word).filter((variant, index) => index === 0 || variant.length >= 2),
      prefix: typing && word === last && word.length >= MIN_PREFIX_LENGTH,
      fuzzy: word.length >= FUZZY_FROM_LENGTH ? 1 : 0,
    })),
  };
}

/** Levenshtein distance, giving up (returning max + 1) once it must exceed `max`. */
export function editDistanceWithin(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  let previous = Array.from({ length: b.length + 1 }, (_, index) => index);
  for (let i = 1; i <= a.length; i++) {
    const current = [i];
    let rowBest = i;
    for (let j = 1; j <= b.length; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      const value = Math.min(previous[j]! + 1, current[j - 1]! + 1, previous[j - 1]! + cost);
      current.push(value);
      rowBest = Math.min(rowBest, value);
    }
    if (rowBest > max) return max + 1;
    previous = current;
  }
  return previous[b.length]!;
}

/** Whether one folded term of a text is a match for a query word (the same rules an engine uses). */
export function termMatches(term: string, word: QueryWord): boolean {
  for (const variant of word.variants) {
    if (term === variant) return true;
    if (word.prefix && term.startsWith(variant)) return true;
  }
  if (word.fuzzy > 0 && editDistanceWithin(term, word.word, word.fuzzy) <= word.fuzzy) return true;
  return false;
}
