import { z } from 'zod';
import { SpellingLanguage, SpellingWord } from '../../../shared/ipc/spelling-contract';

/** What the host and the spelling worker say to each other; each side validates what arrives. */

export const SpellingWorkerSetup = z.object({
  /** A dictionary not used for this long is let go (its memory with it); loaded again when next needed. */
  idleMs: z.number().int().positive(),
});
export type SpellingWorkerSetup = z.infer<typeof SpellingWorkerSetup>;

const RequestId = z.number().int().nonnegative();

export const ToSpellingWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('check'), id: RequestId, language: SpellingLanguage, words: z.array(SpellingWord) }),
  z.object({ type: z.literal('suggest'), id: RequestId, language: SpellingLanguage, word: SpellingWord }),
  /** Which dictionaries are loaded now and how long each took to load (tests and the bench). */
  z.object({ type: z.literal('stats'), id: RequestId }),
]);
export type ToSpellingWorker = z.infer<typeof ToSpellingWorker>;

export const DictionaryStats = z.object({
  loaded: z.array(SpellingLanguage),
  loadMs: z.partialRecord(SpellingLanguage, z.number()),
});
export type DictionaryStats = z.infer<typeof DictionaryStats>;

export const FromSpellingWorker = z.discriminatedUnion('type', [
  z.object({ type: z.literal('misspelt'), id: RequestId, words: z.array(z.string()) }),
  z.object({ type: z.literal('suggestions'), id: RequestId, words: z.array(z.string()) }),
  z.object({ type: z.literal('stats'), id: RequestId, stats: DictionaryStats }),
  z.object({ type: z.literal('failed'), id: RequestId, message: z.string() }),
  z.object({ type: z.literal('log'), message: z.string() }),
]);
export type FromSpellingWorker = z.infer<typeof FromSpellingWorker>;
