/**
 * Welsh initial mutations, for search. No Welsh stemmer exists; what works is to expand a
 * query word into the forms it can take at the start of a word: "cymuned" is also written
 * "gymuned" (soft), "nghymuned" (nasal) and "chymuned" (aspirate), and "ysgol" is "hysgol"
 * after "ei" (her). Words here are already folded (lower case, no diacritics).
 */

/** Radical initial → its soft, nasal and aspirate forms. */
const FORWARD: ReadonlyArray<readonly [radical: string, mutated: readonly string[]]> = [
  ['ll', ['l']],
  ['rh', ['r']],
  ['p', ['b', 'mh', 'ph']],
  ['t', ['d', 'nh', 'th']],
  ['c', ['g', 'ngh', 'ch']],
  ['b', ['f', 'm']],
  ['d', ['dd', 'n']],
  // Soft mutation drops a g: "gardd" → "ardd", "gweithdy" → "weithdy".
  ['g', ['', 'ng']],
  ['m', ['f']],
];

/** Initials that are never a radical that mutates (checked before their first letter is). */
const STABLE = ['ch', 'ph', 'th', 'dd', 'ff', 'ng'];

/** Mutated initial → the radicals it may have come from, longest initial first. */
const BACKWARD: ReadonlyArray<readonly [mutated: string, radicals: readonly string[]]> = [
  ['ngh', ['c']],
  ['mh', ['p']],
  ['nh', ['t']],
  ['ng', ['g']],
  ['ph', ['p']],
  ['th', ['t']],
  ['ch', ['c']],
  ['dd', ['d']],
  ['ff', []],
  ['ll', []],
  ['rh', []],
  ['b', ['p']],
  ['d', ['t']],
  ['g', ['c']],
  ['f', ['b', 'm']],
  ['m', ['b']],
  ['n', ['d']],
  ['l', ['ll']],
  ['r', ['rh']],
];

const VOWEL = /^[aeiouwy]/;
/** What can follow a g that soft mutation dropped: "(g)ardd", "(g)weithdy", "(g)lan", "(g)rŵp". */
const AFTER_DROPPED_G = /^[aeiouwylr]/;
/** Shorter words would mostly expand into other short words, not into what was meant. */
const MIN_LENGTH = 3;

/** The mutated forms of a word taken as a radical (not including the word itself). */
export function mutatedForms(radical: string): string[] {
  if (radical.length < MIN_LENGTH) return [];
  if (VOWEL.test(radical)) return [`h${radical}`];
  if (STABLE.some((initial) => radical.startsWith(initial))) return [];
  const rule = FORWARD.find(([initial]) => radical.startsWith(initial));
  if (!rule) return [];
  const [initial, forms] = rule;
  const rest = radical.slice(initial.length);
  return forms.map((form) => form + rest).filter((form) => form.length >= 2);
}

/** The radicals a word could be a mutation of (not including the word itself). */
export function possibleRadicals(word: string): string[] {
  if (word.length < MIN_LENGTH) return [];
  const radicals: string[] = [];
  if (/^h[aeiouwy]/.test(word)) radicals.push(word.slice(1));
  if (AFTER_DROPPED_G.test(word)) radicals.push(`g${word}`);
  const rule = BACKWARD.find(([initial]) => word.startsWith(initial));
  if (rule) for (const radical of rule[1]) radicals.push(radical + word.slice(rule[0].length));
  return radicals;
}

/**
 * Every form a query word should find: itself, what it may be a mutation of, and every
 * mutated form of each of those ("nghymuned" → nghymuned, cymuned, gymuned, chymuned).
 * The word itself comes first.
 */
export function mutationVariants(word: string): string[] {
  const variants = new Set([word]);
  for (const radical of [word, ...possibleRadicals(word)]) {
    variants.add(radical);
    for (const form of mutatedForms(radical)) variants.add(form);
  }
  return [...variants];
}
