/**
 * How text becomes search terms, the same on every side (the desktop's index, later the
 * forum and the server): case and diacritics are folded (ŵ, ŷ, â match w, y, a) and words are
 * runs of letters and digits, so "i'r" is two words and "llyfrgell-gymunedol" is two.
 */

const MARKS = /\p{M}/gu;
const NOT_WORD = /[^\p{L}\p{N}]+/u;
/** A word in its original form: letters with any combining marks, and digits. */
const WORD = /[\p{L}\p{N}][\p{L}\p{M}\p{N}]*/gu;

/** Longer "words" are identifiers, links or pasted noise: not worth a place in an index. */
export const MAX_TERM_LENGTH = 40;

/** Lower case, decomposed, combining marks dropped: "Dŵr" → "dwr", "CAFÉ" → "cafe". */
export function foldText(text: string): string {
  return text.normalize('NFD').replace(MARKS, '').toLowerCase();
}

/** The folded terms of a text, in order (repeats kept: they count for ranking). */
export function searchTerms(text: string): string[] {
  return foldText(text)
    .split(NOT_WORD)
    .filter((term) => term.length > 0 && term.length <= MAX_TERM_LENGTH);
}

export type WordSpan = { start: number; end: number; folded: string };

const FOLDED_WORD = /[\p{L}\p{N}]+/gu;

/**
 * Each word of `text` with its place in the original string, for highlighting. `folded` is
 * `foldText(text)` if the caller has it: when folding kept every offset (no letter changed
 * length, as for precomposed ŵ), words are read from it at once instead of folded one by one.
 */
export function wordSpans(text: string, folded?: string): WordSpan[] {
  const spans: WordSpan[] = [];
  if (folded !== undefined && folded.length === text.length) {
    for (const match of folded.matchAll(FOLDED_WORD))
      spans.push({ start: match.index, end: match.index + match[0].length, folded: match[0] });
    return spans;
  }
  for (const match of text.matchAll(WORD)) {
    const start = match.index;
    spans.push({ start, end: start + match[0].length, folded: foldText(match[0]) });
  }
  return spans;
}
