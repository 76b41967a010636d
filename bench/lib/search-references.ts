import MiniSearch, { type Query } from 'minisearch';
import { foldText, searchTerms } from '../../shared/search/fold';
import type { QueryPlan } from '../../shared/search/query';

/** What quick find is measured against, over the same texts and the same query plans. */

export type Searchable = { key: string; title: string; text: string };

/**
 * The baseline any index must beat: every title and text folded once, then per keystroke a
 * scan of them all for texts holding every word (any variant, as a substring, which also
 * covers prefixes; typos are not looked for, which only makes the scan cheaper), ranked
 * simply (a word in the title counts 3, in the text 1), best 20 kept. Best first needs every
 * match found, so the scan cannot stop at the first 20.
 */
export function linearScan(items: readonly Searchable[]) {
  const titles = items.map((item) => foldText(item.title));
  const texts = items.map((item) => foldText(item.text));
  return {
    search(plan: QueryPlan, limit: number): string[] {
      const found: Array<{ index: number; score: number }> = [];
      for (let index = 0; index < items.length; index++) {
        let score = 0;
        for (const word of plan.words) {
          const title = word.variants.some((variant) => titles[index]!.includes(variant));
          if (title) score += 3;
          else if (word.variants.some((variant) => texts[index]!.includes(variant))) score += 1;
          else {
            score = 0;
            break;
          }
        }
        if (score > 0) found.push({ index, score });
      }
      return found
        .sort((a, b) => b.score - a.score)
        .slice(0, limit)
        .map(({ index }) => items[index]!.key);
    },
  };
}

/** MiniSearch 7.2's own `search`, given the same plan as a nested AND/OR query (what FINDINGS measured). */
export function miniSearchReference(items: readonly Searchable[]) {
  const index = new MiniSearch<Searchable>({
    idField: 'key',
    fields: ['title', 'text'],
    tokenize: (text) => searchTerms(text),
    processTerm: (term) => term,
    searchOptions: { boost: { title: 3 } },
  });
  index.addAll(items);
  return {
    search(plan: QueryPlan, limit: number): string[] {
      const query: Query = {
        combineWith: 'AND',
        queries: plan.words.map((word) => ({
          combineWith: 'OR',
          queries: [
            { queries: [word.word], prefix: word.prefix, fuzzy: word.fuzzy },
            { queries: word.variants.slice(1), prefix: word.prefix },
          ],
        })),
      };
      return index
        .search(query)
        .slice(0, limit)
        .map((result) => result.id as string);
    },
  };
}
