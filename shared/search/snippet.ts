import type { Snippet } from './hits';
import { foldText, wordSpans } from './fold';
import { termMatches, type QueryPlan } from './query';

/** About this many characters of a block are shown around its first match. */
export const SNIPPET_LENGTH = 160;
const MAX_HIGHLIGHTS = 20;
const ELLIPSIS = '…';

type BlockMatch = { block: string; ranges: Array<[number, number]>; wordsMatched: number };

/**
 * Pieces of a word of which a term within `edits` edits of it holds at least one unchanged
 * (each edit spoils at most one of `edits + 1` pieces).
 */
function intactPieces(word: string, edits: number): string[] {
  const size = Math.ceil(word.length / (edits + 1));
  return Array.from({ length: edits + 1 }, (_, index) => word.slice(index * size, (index + 1) * size)).filter(
    (piece) => piece.length > 0,
  );
}

const LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;

/** Whether a word of the folded text starts with `start` ("ch" is in "each", but starts no word there). */
function startsAWord(folded: string, start: string): boolean {
  for (let at = folded.indexOf(start); at >= 0; at = folded.indexOf(start, at + 1))
    if (at === 0 || !LETTER_OR_DIGIT.test(folded[at - 1]!)) return true;
  return false;
}

/** Could this block hold a match? A cheap test on folded text before its words are compared. */
function mayMatch(folded: string, plan: QueryPlan): boolean {
  return plan.words.some(
    (word) =>
      word.variants.some((variant) => startsAWord(folded, variant)) ||
      (word.fuzzy > 0 && intactPieces(word.word, word.fuzzy).some((piece) => folded.includes(piece))),
  );
}

/** The block's matches, and which words (by index in the plan) they are of. */
function matchBlock(block: string, folded: string, plan: QueryPlan): (BlockMatch & { words: Set<number> }) | null {
  const ranges: Array<[number, number]> = [];
  const words = new Set<number>();
  for (const span of wordSpans(block, folded)) {
    const index = plan.words.findIndex((word) => termMatches(span.folded, word));
    if (index < 0) continue;
    words.add(index);
    ranges.push([span.start, span.end]);
  }
  return ranges.length > 0 ? { block, ranges, wordsMatched: words.size, words } : null;
}

/** Past the first matching block, this many more are looked at for a better one (a long document is not read to its end). */
const LOOK_AHEAD_BLOCKS = 200;

function scanBlocks(
  blocks: readonly string[],
  plan: QueryPlan,
  folded?: readonly string[],
): { best: BlockMatch | null; words: Set<number> } {
  let best: BlockMatch | null = null;
  let firstAt = -1;
  const words = new Set<number>();
  for (let index = 0; index < blocks.length; index++) {
    if (firstAt >= 0 && index - firstAt > LOOK_AHEAD_BLOCKS) break;
    const block = blocks[index]!;
    const foldedBlock = folded?.[index] ?? foldText(block);
    if (!mayMatch(foldedBlock, plan)) continue;
    const match = matchBlock(block, foldedBlock, plan);
    if (!match) continue;
    if (firstAt < 0) firstAt = index;
    for (const word of match.words) words.add(word);
    if (!best || match.wordsMatched > best.wordsMatched) best = match;
    if (best.wordsMatched === plan.words.length) break;
  }
  return { best, words };
}

/**
 * The block that matches the most query words (the first such, in document order), for a
 * text hit's snippet; null when no block matches. `folded` may hold the blocks already folded.
 * Words as typed (and their variants and prefixes) are looked for first; typos, which cost
 * far more to look for, only when a word was found nowhere that way.
 */
export function bestBlock(blocks: readonly string[], plan: QueryPlan, folded?: readonly string[]): BlockMatch | null {
  const exact = scanBlocks(blocks, { words: plan.words.map((word) => ({ ...word, fuzzy: 0 })) }, folded);
  const missing = plan.words.some((word, index) => word.fuzzy > 0 && !exact.words.has(index));
  if (!missing) return exact.best;
  const forgiving = scanBlocks(blocks, plan, folded).best;
  return forgiving && (!exact.best || forgiving.wordsMatched > exact.best.wordsMatched) ? forgiving : exact.best;
}

/** Moves `index` back to the start of the word it falls in (or forward past a space). */
function wordStartAt(text: string, index: number): number {
  if (index <= 0) return 0;
  const space = text.lastIndexOf(' ', index);
  return space < 0 ? 0 : space + 1;
}

function wordEndAt(text: string, index: number): number {
  if (index >= text.length) return text.length;
  const space = text.indexOf(' ', index);
  return space < 0 ? text.length : space;
}

/**
 * About `SNIPPET_LENGTH` characters of the block around its first match, cut at word
 * boundaries, with "…" where it was cut, and the matches inside it as [start, end) offsets.
 */
export function cutSnippet(match: BlockMatch, length = SNIPPET_LENGTH): Snippet {
  const { block, ranges } = match;
  const [firstStart, firstEnd] = ranges[0]!;
  const text = block.replace(/\s/g, ' ');
  let start = 0;
  let end = text.length;
  if (text.length > length) {
    // A little context before the first match, the rest after it.
    const before = Math.min(firstStart, Math.max(0, Math.floor((length - (firstEnd - firstStart)) / 3)));
    start = wordStartAt(text, firstStart - before);
    if (start > firstStart) start = firstStart;
    end = wordEndAt(text, Math.max(firstEnd, start + length));
    // One very long word (a link) is cut anyway rather than shown whole.
    if (end - start > length * 1.5) end = Math.max(firstEnd, start + length);
  }
  const prefix = start > 0 ? ELLIPSIS : '';
  const suffix = end < text.length ? ELLIPSIS : '';
  const shown = text.slice(start, end).trim();
  const lead = text.slice(start, end).length - text.slice(start, end).trimStart().length;
  const offset = prefix.length - start - lead;
  const highlights = ranges
    .filter(([from, to]) => from >= start + lead && to <= start + lead + shown.length)
    .slice(0, MAX_HIGHLIGHTS)
    .map(([from, to]): [number, number] => [from + offset, to + offset]);
  return { text: `${prefix}${shown}${suffix}`, highlights };
}

/** The snippet for a text hit, or null when no block holds any of the words. */
export function makeSnippet(blocks: readonly string[], plan: QueryPlan, folded?: readonly string[]): Snippet | null {
  const match = bestBlock(blocks, plan, folded);
  return match ? cutSnippet(match) : null;
}
