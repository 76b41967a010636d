/**
 * Splits a block's text into the words spell-checking looks at, with where each is. Letters
 * are any Unicode letter (Welsh's circumflex, diaeresis, acute and grave vowels, ŵ and ŷ
 * included) and combining marks; an apostrophe (' or ’) between letters is part of the word
 * ("dy'n", "children’s"); a hyphenated word is checked part by part. Skipped: web addresses,
 * email addresses, anything with a digit, ALL-CAPS acronyms and one-letter words.
 */

export type SpellingToken = {
  /** As written (a curly apostrophe kept). */
  word: string;
  /** Offsets in the text, end exclusive. */
  start: number;
  end: number;
};

/** A run of non-space characters; each is then read as an address, or as words joined by hyphens. */
const CHUNK = /\S+/gu;
const URL_LIKE =
  /^(?:[a-z][a-z0-9+.-]*:\/\/|www\.|mailto:)|^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)+\/|^[^@\s]+@[^@\s]+\.[^@\s]+$/iu;
/** A bare domain ("example.org", "gov.wales") is an address too, not two words. */
const DOMAIN_LIKE = /^[\p{L}\p{N}-]+(?:\.[\p{L}\p{N}-]+)*\.(?:com|org|net|uk|wales|cymru|gov|ac|edu|io|eu)\b/iu;
/** Letters (with their combining marks), apostrophes only between letters, and digits to be refused after. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*(?:['’][\p{L}\p{N}][\p{L}\p{M}\p{N}]*)*/gu;
const HAS_DIGIT = /\p{N}/u;
const HAS_LOWER = /\p{Ll}/u;

/** Longest word sent to the checker; anything longer is not a word (and the contract refuses it). */
export const MAX_WORD_LENGTH = 60;

export function tokenise(text: string): SpellingToken[] {
  const tokens: SpellingToken[] = [];
  for (const chunk of text.matchAll(CHUNK)) {
    const raw = chunk[0];
    // Trailing sentence punctuation does not make a word an address ("see example.org.").
    const bare = raw.replace(/^[("'‘“[<]+|[)"'’”\]>.,;:!?]+$/gu, '');
    if (URL_LIKE.test(bare) || DOMAIN_LIKE.test(bare)) continue;
    for (const match of raw.matchAll(WORD)) {
      const word = match[0];
      const start = chunk.index + match.index;
      if (word.length < 2 || word.length > MAX_WORD_LENGTH) continue;
      if (HAS_DIGIT.test(word)) continue;
      // An acronym: no lower-case letter at all ("NHS", "CILIP", "BBC's" is still one).
      if (!HAS_LOWER.test(word.replace(/['’]s$/u, ''))) continue;
      tokens.push({ word, start, end: start + word.length });
    }
  }
  return tokens;
}

/** The form the dictionaries know: a curly apostrophe as a straight one. */
export function normaliseWord(word: string): string {
  return word.normalize('NFC').replace(/’/gu, "'");
}
