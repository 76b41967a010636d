import { wordSpans } from '../../../../shared/search/fold';
import { buildQueryPlan, termMatches, type QueryPlan } from '../../../../shared/search/query';

/**
 * The words searched for, as the device's index matched them (the same plan: case and accents
 * folded, Welsh mutations, the last word as a prefix, one typo in longer words), so what quick
 * find said matched is what the thread marks. Null when nothing worth marking was typed.
 */
export function findPlan(find: string | null | undefined): QueryPlan | null {
  if (!find?.trim()) return null;
  const plan = buildQueryPlan(find);
  return plan.words.length > 0 ? plan : null;
}

/** The [start, end) ranges of `text`'s words that match the plan, in order. */
export function findRanges(text: string, plan: QueryPlan): Array<[number, number]> {
  const ranges: Array<[number, number]> = [];
  for (const span of wordSpans(text))
    if (plan.words.some((word) => termMatches(span.folded, word))) ranges.push([span.start, span.end]);
  return ranges;
}

/** `text` cut into pieces, each marked or not, for a renderer to wrap the marked ones. */
export function markedPieces(text: string, plan: QueryPlan | null): Array<{ text: string; marked: boolean }> {
  if (!plan) return [{ text, marked: false }];
  const pieces: Array<{ text: string; marked: boolean }> = [];
  let at = 0;
  for (const [start, end] of findRanges(text, plan)) {
    if (start > at) pieces.push({ text: text.slice(at, start), marked: false });
    pieces.push({ text: text.slice(start, end), marked: true });
    at = end;
  }
  if (at < text.length || pieces.length === 0) pieces.push({ text: text.slice(at), marked: false });
  return pieces;
}
