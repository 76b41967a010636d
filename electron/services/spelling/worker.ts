import { parentPort, workerData } from 'node:worker_threads';
import { MAX_SUGGESTIONS, type SpellingLanguage } from '../../../shared/ipc/spelling-contract';
import { loadChecker, type Checker } from './dictionaries';
import { SpellingWorkerSetup, ToSpellingWorker, type DictionaryStats, type FromSpellingWorker } from './messages';

/**
 * The spelling worker (a `node:worker_threads` thread): the dictionaries live here, so loading
 * Welsh (over a second) or suggesting (a few milliseconds a word) never holds up the host's IPC.
 * A dictionary unused for `idleMs` is dropped, and read again when next asked for.
 */
const port = parentPort!;
const setup = SpellingWorkerSetup.parse(workerData);
type Loaded = { checker: Promise<Checker>; idle: NodeJS.Timeout | null };
const checkers = new Map<SpellingLanguage, Loaded>();
const loadMs: DictionaryStats['loadMs'] = {};

function send(message: FromSpellingWorker): void {
  port.postMessage(message);
}

function checkerFor(language: SpellingLanguage): Promise<Checker> {
  let loaded = checkers.get(language);
  if (!loaded) {
    const started = performance.now();
    const checker = loadChecker(language).then((ready) => {
      loadMs[language] = Math.round(performance.now() - started);
      return ready;
    });
    loaded = { checker, idle: null };
    checkers.set(language, loaded);
    // A dictionary that failed to load is tried again next time rather than failing for good.
    checker.catch(() => checkers.delete(language));
  }
  if (loaded.idle) clearTimeout(loaded.idle);
  loaded.idle = null;
  return loaded.checker;
}

/** The idle clock starts once an answer is sent (a slow load does not count as unused). */
function touch(language: SpellingLanguage): void {
  const entry = checkers.get(language);
  if (!entry) return;
  if (entry.idle) clearTimeout(entry.idle);
  entry.idle = setTimeout(() => {
    if (checkers.get(language) === entry) checkers.delete(language);
  }, setup.idleMs);
}

async function handle(message: ToSpellingWorker): Promise<void> {
  switch (message.type) {
    case 'check': {
      const checker = await checkerFor(message.language);
      send({ type: 'misspelt', id: message.id, words: checker.misspelt(message.words) });
      return touch(message.language);
    }
    case 'suggest': {
      const checker = await checkerFor(message.language);
      send({ type: 'suggestions', id: message.id, words: checker.suggest(message.word, MAX_SUGGESTIONS) });
      return touch(message.language);
    }
    case 'stats':
      return send({ type: 'stats', id: message.id, stats: { loaded: [...checkers.keys()], loadMs } });
  }
}

port.on('message', (raw: unknown) => {
  const parsed = ToSpellingWorker.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { id?: unknown } | null)?.id;
    send({ type: 'log', message: `The spelling worker refused a message: ${parsed.error.issues[0]?.message ?? '?'}` });
    if (typeof id === 'number') send({ type: 'failed', id, message: 'refused' });
    return;
  }
  handle(parsed.data).catch((error: unknown) => {
    send({
      type: 'log',
      message: `The spelling worker failed: ${error instanceof Error ? error.message : String(error)}`,
    });
    send({ type: 'failed', id: parsed.data.id, message: String(error) });
  });
});
