import SearchableMap from 'minisearch/SearchableMap';
import { searchTerms } from '../../../shared/search/fold';
import type { QueryPlan, QueryWord } from '../../../shared/search/query';
import { Postings } from './postings';

/** What the engine indexes: a title (weighed more) and a text, under a key; `signature` says what it was built from. */
export type EngineDocument = { key: string; signature: string; title: string; text: string };
export type EngineHit = { key: string; score: number };
/** The engine as stored: documents by slot, then every term with its postings (base64 typed arrays). */
export type EngineSnapshot = {
  docs: Array<[key: string, signature: string, titleLength: number, textLength: number]>;
  terms: Array<[term: string, docs: string, freqs: string]>;
};

/** A word in the title counts this many times one in the text. */
export const TITLE_BOOST = 3;
const K1 = 1.2;
const B = 0.75;
/** MiniSearch's weights for a term found by prefix or by a typo, against 1 for the word itself. */
const PREFIX_WEIGHT = 0.375;
const FUZZY_WEIGHT = 0.45;

function saturation(frequency: number, length: number, average: number): number {
  if (frequency === 0) return 0;
  return (frequency * (K1 + 1)) / (frequency + K1 * (1 - B + (B * length) / average));
}

type ExpandedWord = { terms: Array<[Postings, number]>; cost: number };

/**
 * A full-text index ranked by BM25 (title and text, the title weighed more), built for
 * quick find: words ANDed, each word's mutation variants ORed, prefix and one-typo matches
 * from MiniSearch's radix tree (`SearchableMap`: the term dictionary). Postings are typed
 * arrays and a query scores into reused arrays, cheapest word first, keeping only the top
 * few: MiniSearch's own `search` builds objects for every match and took 80–250 ms for a
 * common word over 100,000 posts here (bench/measures/quick-find.ts), this takes a few.
 * Documents are added and removed one at a time; removed ones are skipped until enough
 * have piled up to compact.
 */
export class SearchEngine {
  private readonly terms = new SearchableMap<Postings>();
  private readonly slots = new Map<string, number>();
  private keys: Array<string | null> = [];
  private signatures: string[] = [];
  private titleLengths: number[] = [];
  private textLengths: number[] = [];
  private postingCounts: number[] = [];
  private totalTitle = 0;
  private totalText = 0;
  private livePostings = 0;
  private deadPostings = 0;
  // Reused by every query: which query (epoch) last touched a slot, how many words it matched, its score.
  private stamps = new Uint32Array(0);
  private matched = new Uint8Array(0);
  private scores = new Float64Array(0);
  private candidates = new Uint32Array(0);
  private epoch = 0;

  get size(): number {
    return this.slots.size;
  }

  get termCount(): number {
    return this.terms.size;
  }

  has(key: string): boolean {
    return this.slots.has(key);
  }

  /** What the document under `key` was built from, if it is indexed. */
  signature(key: string): string | undefined {
    const slot = this.slots.get(key);
    return slot === undefined ? undefined : this.signatures[slot];
  }

  indexedKeys(): string[] {
    return [...this.slots.keys()];
  }

  /** Adds a document, replacing any under the same key. */
  add(document: EngineDocument): void {
    this.remove(document.key);
    const slot = this.keys.length;
    const counts = new Map<string, [number, number]>();
    const titleTerms = searchTerms(document.title);
    const textTerms = searchTerms(document.text);
    for (const term of titleTerms) {
      const count = counts.get(term);
      if (count) count[0]++;
      else counts.set(term, [1, 0]);
    }
    for (const term of textTerms) {
      const count = counts.get(term);
      if (count) count[1]++;
      else counts.set(term, [0, 1]);
    }
    for (const [term, [title, text]] of counts) {
      let postings = this.terms.get(term);
      if (!postings) {
        postings = new Postings();
        this.terms.set(term, postings);
      }
      postings.push(slot, title, text);
    }
    this.place(document.key, document.signature, titleTerms.length, textTerms.length, counts.size);
    this.livePostings += counts.size;
  }

  remove(key: string): boolean {
    const slot = this.slots.get(key);
    if (slot === undefined) return false;
    this.slots.delete(key);
    this.keys[slot] = null;
    this.totalTitle -= this.titleLengths[slot]!;
    this.totalText -= this.textLengths[slot]!;
    this.livePostings -= this.postingCounts[slot]!;
    this.deadPostings += this.postingCounts[slot]!;
    if (this.deadPostings > 20_000 && this.deadPostings > this.livePostings / 2) this.compact();
    return true;
  }

  /** The best `limit` documents holding every word of the plan (and accepted), best first. */
  search(plan: QueryPlan, options: { limit: number; accept?: (key: string) => boolean }): EngineHit[] {
    const count = this.slots.size;
    if (count === 0 || plan.words.length === 0) return [];
    const words = plan.words.map((word) => this.expand(word));
    if (words.some((word) => word.terms.length === 0)) return [];
    // The rarest word first: later words only add to documents that matched every earlier one.
    words.sort((a, b) => a.cost - b.cost);
    const epoch = this.nextEpoch();
    const { stamps, matched, scores, candidates, keys, titleLengths, textLengths } = this;
    const averageTitle = this.totalTitle / count || 1;
    const averageText = this.totalText / count || 1;
    let candidateCount = 0;
    words.forEach((word, index) => {
      for (const [postings, weight] of word.terms) {
        const frequency = Math.min(postings.length, count);
        const idf = Math.log(1 + (count - frequency + 0.5) / (frequency + 0.5));
        const { docs, freqs } = postings;
        for (let at = 0; at < postings.length; at++) {
          const slot = docs[at]!;
          if (keys[slot] === null) continue;
          if (index === 0) {
            if (stamps[slot] !== epoch) {
              stamps[slot] = epoch;
              matched[slot] = 1;
              scores[slot] = 0;
              candidates[candidateCount++] = slot;
            }
          } else {
            if (stamps[slot] !== epoch) continue;
            const seen = matched[slot]!;
            if (seen === index) matched[slot] = index + 1;
            else if (seen !== index + 1) continue;
          }
          scores[slot]! +=
            weight *
            idf *
            (TITLE_BOOST * saturation(freqs[at * 2]!, titleLengths[slot]!, averageTitle) +
              saturation(freqs[at * 2 + 1]!, textLengths[slot]!, averageText));
        }
      }
    });
    const top: EngineHit[] = [];
    for (let index = 0; index < candidateCount; index++) {
      const slot = candidates[index]!;
      if (matched[slot] !== words.length) continue;
      const score = scores[slot]!;
      if (top.length === options.limit && score <= top[top.length - 1]!.score) continue;
      const key = keys[slot]!;
      if (options.accept && !options.accept(key)) continue;
      let at = top.length;
      while (at > 0 && top[at - 1]!.score < score) at--;
      top.splice(at, 0, { key, score });
      if (top.length > options.limit) top.pop();
    }
    return top;
  }

  /** The engine as it can be stored and read back (`fromSnapshot`); compacts first. */
  snapshot(): EngineSnapshot {
    this.compact();
    const docs: EngineSnapshot['docs'] = this.keys.map((key, slot) => [
      key!,
      this.signatures[slot]!,
      this.titleLengths[slot]!,
      this.textLengths[slot]!,
    ]);
    const terms: EngineSnapshot['terms'] = [];
    for (const [term, postings] of this.terms.entries()) terms.push([term, ...postings.toBase64()]);
    return { docs, terms };
  }

  /** Throws when the snapshot does not hang together (the caller rebuilds from the sources). */
  static fromSnapshot(snapshot: EngineSnapshot): SearchEngine {
    const engine = new SearchEngine();
    for (const [key, signature, titleLength, textLength] of snapshot.docs) {
      if (engine.slots.has(key)) throw new Error(`${key} is stored twice`);
      engine.place(key, signature, titleLength, textLength, 0);
    }
    const slots = snapshot.docs.length;
    for (const [term, docs, freqs] of snapshot.terms) {
      if (engine.terms.has(term)) throw new Error(`the term ${term} is stored twice`);
      const postings = Postings.fromBase64(docs, freqs);
      let previous = -1;
      for (let at = 0; at < postings.length; at++) {
        const slot = postings.docs[at]!;
        if (slot <= previous || slot >= slots)
          throw new Error(`the postings of ${term} name documents that are not there`);
        previous = slot;
        engine.postingCounts[slot]!++;
      }
      engine.livePostings += postings.length;
      engine.terms.set(term, postings);
    }
    return engine;
  }

  private place(key: string, signature: string, titleLength: number, textLength: number, postings: number): void {
    this.slots.set(key, this.keys.length);
    this.keys.push(key);
    this.signatures.push(signature);
    this.titleLengths.push(titleLength);
    this.textLengths.push(textLength);
    this.postingCounts.push(postings);
    this.totalTitle += titleLength;
    this.totalText += textLength;
  }

  private expand(word: QueryWord): ExpandedWord {
    const weights = new Map<Postings, number>();
    const consider = (postings: Postings, weight: number) => {
      if (weight > (weights.get(postings) ?? 0)) weights.set(postings, weight);
    };
    for (const variant of word.variants) {
      if (word.prefix) {
        for (const [term, postings] of this.terms.atPrefix(variant).entries()) {
          const distance = term.length - variant.length;
          consider(postings, distance === 0 ? 1 : (PREFIX_WEIGHT * term.length) / (term.length + 0.3 * distance));
        }
      } else {
        const postings = this.terms.get(variant);
        if (postings) consider(postings, 1);
      }
    }
    if (word.fuzzy > 0) {
      for (const [term, [postings, distance]] of this.terms.fuzzyGet(word.word, word.fuzzy)) {
        consider(postings, distance === 0 ? 1 : (FUZZY_WEIGHT * term.length) / (term.length + distance));
      }
    }
    let cost = 0;
    for (const postings of weights.keys()) cost += postings.length;
    return { terms: [...weights], cost };
  }

  private nextEpoch(): number {
    const slots = this.keys.length;
    if (this.stamps.length < slots) {
      const size = Math.max(slots, this.stamps.length * 2, 64);
      this.stamps = new Uint32Array(size);
      this.matched = new Uint8Array(size);
      this.scores = new Float64Array(size);
      this.candidates = new Uint32Array(size);
      this.epoch = 0;
    }
    if (this.epoch >= 0xfffffff0) {
      this.stamps.fill(0);
      this.epoch = 0;
    }
    return ++this.epoch;
  }

  /** Drops removed documents' slots and postings, renumbering the rest in order. */
  private compact(): void {
    if (this.deadPostings === 0 && this.slots.size === this.keys.length) return;
    const renumber = new Int32Array(this.keys.length).fill(-1);
    const keep = (_: unknown, slot: number) => this.keys[slot] !== null;
    let next = 0;
    for (let slot = 0; slot < this.keys.length; slot++) if (this.keys[slot] !== null) renumber[slot] = next++;
    this.signatures = this.signatures.filter(keep);
    this.titleLengths = this.titleLengths.filter(keep);
    this.textLengths = this.textLengths.filter(keep);
    this.postingCounts = this.postingCounts.filter(keep);
    this.keys = this.keys.filter((key) => key !== null);
    this.slots.clear();
    this.keys.forEach((key, slot) => this.slots.set(key!, slot));
    const emptied: string[] = [];
    for (const [term, postings] of this.terms.entries()) {
      postings.compact(renumber);
      if (postings.length === 0) emptied.push(term);
    }
    for (const term of emptied) this.terms.delete(term);
    this.deadPostings = 0;
    // Slots moved: stamps from before would be read against the wrong documents.
    this.stamps.fill(0);
  }
}
