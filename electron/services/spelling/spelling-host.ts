import { Worker } from 'node:worker_threads';
import type { SpellingLanguage } from '../../../shared/ipc/spelling-contract';
import { FromSpellingWorker, type DictionaryStats, type ToSpellingWorker } from './messages';
import type { PersonalDictionary } from './personal-dictionary';
import { spellingWorkerEntry, type SpellingWorkerEntry } from './worker-entry';

export type SpellingHostOptions = {
  personal: PersonalDictionary;
  log: (message: string) => void;
  /** A dictionary unused this long is let go in the worker (default 10 minutes). */
  idleMs?: number;
  /** A request not answered in this time fails, and the worker is started again (default 20 s: Welsh loads in ~1.5 s). */
  requestTimeoutMs?: number;
  entry?: SpellingWorkerEntry;
};

type Waiting = { resolve: (reply: FromSpellingWorker | null) => void; timer: NodeJS.Timeout };
type Request = ToSpellingWorker extends infer M ? (M extends { id: number } ? Omit<M, 'id'> : never) : never;

/**
 * The host's side of spelling: starts the worker on the first request (so a person who never
 * opens a document pays nothing), asks it, and leaves out the person's own words. A worker that
 * dies or stops answering is started again on the next request; what it had is answered at once
 * (a check with nothing misspelt, no suggestions), so no IPC call hangs.
 */
export function startSpellingHost(options: SpellingHostOptions) {
  const timeoutMs = options.requestTimeoutMs ?? 20_000;
  const waiting = new Map<number, Waiting>();
  let worker: Worker | null = null;
  let nextId = 1;
  let closed = false;

  function answerAll(): void {
    for (const [id, entry] of waiting) {
      clearTimeout(entry.timer);
      waiting.delete(id);
      entry.resolve(null);
    }
  }

  function ensureWorker(): Worker | null {
    if (closed) return null;
    if (worker) return worker;
    const entry = options.entry ?? spellingWorkerEntry();
    const started = new Worker(entry.script, {
      eval: entry.eval,
      workerData: { idleMs: options.idleMs ?? 10 * 60_000 },
    });
    worker = started;
    started.on('message', (raw: unknown) => {
      const parsed = FromSpellingWorker.safeParse(raw);
      if (!parsed.success) return options.log('The spelling worker sent a message of the wrong shape; it was dropped.');
      const message = parsed.data;
      if (message.type === 'log') return options.log(message.message);
      const entry = waiting.get(message.id);
      if (!entry) return;
      clearTimeout(entry.timer);
      waiting.delete(message.id);
      entry.resolve(message);
    });
    started.on('error', (error) => options.log(`The spelling worker failed: ${error.stack ?? error.message}`));
    started.on('exit', (code) => {
      if (worker !== started) return;
      worker = null;
      answerAll();
      if (!closed) options.log(`The spelling worker stopped (exit code ${code}); it starts again when next needed.`);
    });
    started.unref();
    return started;
  }

  function request(message: Request): Promise<FromSpellingWorker | null> {
    const target = ensureWorker();
    if (!target) return Promise.resolve(null);
    const id = nextId++;
    return new Promise((resolve) => {
      const timer = setTimeout(() => {
        waiting.delete(id);
        resolve(null);
        options.log(`The spelling worker did not answer within ${timeoutMs} ms; starting it again.`);
        void target.terminate();
      }, timeoutMs);
      waiting.set(id, { resolve, timer });
      target.postMessage({ ...message, id } satisfies ToSpellingWorker);
    });
  }

  return {
    async check(language: SpellingLanguage, words: string[]): Promise<string[]> {
      const unknown = words.filter((word) => !options.personal.has(language, word));
      if (unknown.length === 0) return [];
      const reply = await request({ type: 'check', language, words: unknown });
      return reply?.type === 'misspelt' ? reply.words : [];
    },

    async suggest(language: SpellingLanguage, word: string): Promise<string[]> {
      const reply = await request({ type: 'suggest', language, word });
      return reply?.type === 'suggestions' ? reply.words : [];
    },

    /** The dictionaries loaded now and their load times, for tests and the bench. */
    async stats(): Promise<DictionaryStats | null> {
      const reply = await request({ type: 'stats' });
      return reply?.type === 'stats' ? reply.stats : null;
    },

    /** Stops the worker as a crash would (tests: the next request starts it again). */
    async killWorker(): Promise<void> {
      await worker?.terminate();
    },

    async close(): Promise<void> {
      closed = true;
      const stopping = worker;
      worker = null;
      answerAll();
      await Promise.all([stopping?.terminate(), options.personal.flush()]);
    },
  };
}

export type SpellingHost = ReturnType<typeof startSpellingHost>;
