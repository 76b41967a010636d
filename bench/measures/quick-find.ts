import { setFlagsFromString } from 'node:v8';
import { runInNewContext } from 'node:vm';
import { SearchEngine } from '../../electron/services/search/engine';
import { foldText } from '../../shared/search/fold';
import { buildQueryPlan, type QueryPlan } from '../../shared/search/query';
import { makeSnippet } from '../../shared/search/snippet';
import type { Measure, Section, Table } from '../lib/report';
import { rareWord, syntheticDocuments, syntheticPosts } from '../lib/search-corpus';
import { linearScan, miniSearchReference, type Searchable } from '../lib/search-references';
import { count, mib, ms, percentile, ratio } from '../lib/stats';

/**
 * Quick find's index (electron/services/search/engine.ts) on 1,000 documents of a guide's
 * length and on 100,000 short posts, beside a linear scan over the same folded texts (the
 * baseline any index must beat) and MiniSearch's own `search` (what FINDINGS measured):
 * build time and heap, the saved index, and the time of each keystroke while typing queries.
 */
const LIMIT = 20;
const ROUNDS = 3;
const GOAL_MS = 50;

const QUERIES: Array<{ group: string; text: string }> = [
  { group: 'common', text: 'library' },
  { group: 'common', text: 'the library summer' },
  { group: 'common', text: 'summer reading challenge' },
  { group: 'Welsh', text: 'gweithdy plant' },
  { group: 'Welsh', text: 'nghymuned' },
  { group: 'Welsh', text: 'llyfrgell dŵr' },
  { group: 'rare', text: rareWord(1234) },
  { group: 'rare', text: `${rareWord(777)} library` },
];

setFlagsFromString('--expose-gc');
const gc = runInNewContext('gc') as () => void;

/** The JavaScript heap and the typed arrays' buffers (which live outside it), after two full collections. */
function memoryNow(): number {
  gc();
  gc();
  const usage = process.memoryUsage();
  return usage.heapUsed + usage.arrayBuffers;
}

/** Every keystroke of every query: the plan as the text stood after it. */
function keystrokes(texts: string[]): Array<{ group: string; plan: QueryPlan }> {
  return QUERIES.flatMap(({ group, text }) =>
    Array.from({ length: text.length }, (_, index) => ({ group, plan: buildQueryPlan(text.slice(0, index + 1)) })),
  )
    .filter(({ plan }) => plan.words.length > 0)
    .filter(({ group }) => texts.includes(group));
}

/** Per group of words ('all' too): wall-clock times, and this process's CPU time (what other work on the machine does not add to). */
type Timings = Map<string, number[]>;

function timeKeystrokes(search: (plan: QueryPlan) => unknown): Timings {
  const timings: Timings = new Map();
  const add = (key: string, value: number) => timings.set(key, [...(timings.get(key) ?? []), value]);
  for (let round = 0; round < ROUNDS; round++) {
    for (const { group, plan } of keystrokes(['common', 'Welsh', 'rare'])) {
      const cpu = process.cpuUsage();
      const started = performance.now();
      search(plan);
      const took = performance.now() - started;
      const used = process.cpuUsage(cpu);
      add(group, took);
      add('all', took);
      add('cpu', (used.user + used.system) / 1000);
    }
  }
  return timings;
}

type Corpus = { name: string; items: Searchable[]; blocks: Map<string, string[]> };

function corpora(): Corpus[] {
  const documents = syntheticDocuments(1_000);
  const posts = syntheticPosts(100_000);
  return [
    {
      name: '1,000 documents',
      items: documents.map((document) => ({
        key: document.id,
        title: document.title,
        text: document.blocks.join('\n'),
      })),
      blocks: new Map(documents.map((document) => [document.id, document.blocks])),
    },
    {
      name: '100,000 posts',
      items: posts.map((post) => ({ key: post.id, title: '', text: post.text })),
      blocks: new Map(posts.map((post) => [post.id, [post.text]])),
    },
  ];
}

type Result = {
  buildMs: number;
  heap: number;
  timings: Timings;
  /** Ours only: search and snippets for every hit, as the worker answers. */
  snippets?: Timings;
  saved?: { bytes: number; saveMs: number; loadMs: number };
};

function measureOurs(corpus: Corpus): Result {
  const before = memoryNow();
  const started = performance.now();
  const engine = new SearchEngine();
  for (const item of corpus.items) engine.add({ ...item, signature: '' });
  const buildMs = performance.now() - started;
  const heap = memoryNow() - before;
  const timings = timeKeystrokes((plan) => engine.search(plan, { limit: LIMIT }));
  // What the worker adds to each answer: a snippet for every hit (folded blocks kept between keystrokes).
  const folded = new Map<string, string[]>();
  const snippets = timeKeystrokes((plan) =>
    engine.search(plan, { limit: LIMIT }).map((hit) => {
      const blocks = corpus.blocks.get(hit.key)!;
      let foldedBlocks = folded.get(hit.key);
      if (!foldedBlocks) folded.set(hit.key, (foldedBlocks = blocks.map(foldText)));
      return makeSnippet(blocks, plan, foldedBlocks);
    }),
  );
  const saveStarted = performance.now();
  const json = JSON.stringify(engine.snapshot());
  const saveMs = performance.now() - saveStarted;
  const loadStarted = performance.now();
  SearchEngine.fromSnapshot(JSON.parse(json));
  const loadMs = performance.now() - loadStarted;
  return { buildMs, heap, timings, snippets, saved: { bytes: Buffer.byteLength(json), saveMs, loadMs } };
}

function measureReference(corpus: Corpus, make: typeof linearScan): Result {
  const before = memoryNow();
  const started = performance.now();
  const reference = make(corpus.items);
  const buildMs = performance.now() - started;
  const heap = memoryNow() - before;
  return { buildMs, heap, timings: timeKeystrokes((plan) => reference.search(plan, LIMIT)) };
}

function rows(ours: Result, scan: Result, mini: Result): string[][] {
  const figure = (result: Result, group: string, p: number) => percentile(result.timings.get(group) ?? [], p);
  const line = (label: string, pick: (result: Result) => number, unit: (value: number) => string) => [
    label,
    unit(pick(ours)),
    unit(pick(scan)),
    unit(pick(mini)),
    ratio(pick(ours), pick(scan)),
  ];
  return [
    line('build', (result) => result.buildMs, ms),
    line('memory after build (heap + typed arrays)', (result) => result.heap, mib),
    ...['all', 'common', 'Welsh', 'rare'].flatMap((group) => [
      line(`keystroke p50, ${group} words`, (result) => figure(result, group, 50), ms),
      line(`keystroke p95, ${group} words`, (result) => figure(result, group, 95), ms),
    ]),
    line('keystroke max, all', (result) => figure(result, 'all', 100), ms),
    line('keystroke p50, CPU time', (result) => figure(result, 'cpu', 50), ms),
    line('keystroke p95, CPU time', (result) => figure(result, 'cpu', 95), ms),
    ...(
      [
        { label: 'keystroke p50 with a snippet for every hit', group: 'all', p: 50 },
        { label: 'keystroke p95 with a snippet for every hit', group: 'all', p: 95 },
        { label: 'keystroke p95 with a snippet for every hit, CPU time', group: 'cpu', p: 95 },
      ] as const
    ).map(({ label, group, p }) => [label, ms(percentile(ours.snippets?.get(group) ?? [], p)), 'n/a', 'n/a', '']),
  ];
}

export const quickFind: Measure = {
  name: 'quick-find',
  title: 'Quick find: the device index beside a linear scan and MiniSearch',
  async run(): Promise<Section> {
    const tables: Table[] = [];
    const goals: Section['goals'] = [];
    const notes: string[] = [];
    for (const corpus of corpora()) {
      const ours = measureOurs(corpus);
      const scan = measureReference(corpus, linearScan);
      const mini = measureReference(corpus, miniSearchReference);
      tables.push({
        caption: `${corpus.name} (${count(corpus.items.reduce((sum, item) => sum + item.text.length, 0) / 1024)} KiB of text)`,
        headers: ['measure', 'ours', 'linear scan', 'MiniSearch search', 'ours / scan'],
        rows: rows(ours, scan, mini),
      });
      if (ours.saved)
        notes.push(
          `${corpus.name}: the saved index is ${mib(ours.saved.bytes)}, written (JSON.stringify) in ${ms(ours.saved.saveMs)} and read back in ${ms(ours.saved.loadMs)}.`,
        );
      if (corpus.name.startsWith('100,000')) {
        const p95 = percentile(ours.timings.get('all')!, 95);
        const scanP95 = percentile(scan.timings.get('all')!, 95);
        goals.push({
          text: `under ${GOAL_MS} ms per keystroke (p95) at 100,000 posts, and faster than the linear scan`,
          met: p95 < GOAL_MS && p95 < scanP95,
          detail: `ours ${ms(p95)}, linear scan ${ms(scanP95)}`,
        });
      }
    }
    return {
      title: this.title,
      method: [
        'Synthetic text (bench/lib/search-corpus.ts, seeded): 1,000 documents of 10–80 blocks of 15–90 words (one block in eight a short heading), and 100,000 posts of 15–64 words; 40 % Welsh with its mutated forms, "library" in about 60 % of posts, one word in 70 a rare made-up word.',
        `Typing: each query is typed a letter at a time and every keystroke is one query (the plan of the text so far: words ANDed, mutation variants ORed, the last word a prefix once it has two letters, one typo forgiven from five letters), top ${LIMIT}, ${ROUNDS} rounds pooled. Queries: ${QUERIES.map((query) => `"${query.text}" (${query.group})`).join(', ')}.`,
        'Ours: the engine the worker runs (electron/services/search/engine.ts), ranking only, like the references; then again with a snippet cut for every hit (folded blocks kept between keystrokes, as the worker keeps them), which is what the worker answers. In the app it runs in a worker thread, so these times never block the host.',
        'Linear scan (the baseline): every title and text folded once; per keystroke, all of them scanned for every word (any variant, as a substring, no typos), ranked simply (title 3, text 1), best 20.',
        'MiniSearch search: MiniSearch 7.2 with the same tokenizer, fields and title boost, given the plan as a nested AND/OR query, top 20 of its results.',
        'Memory: heapUsed plus arrayBuffers (typed arrays live outside the heap) after two full collections, before and after building, in this process.',
        "CPU time: this process's user + system time per keystroke (process.cpuUsage): unlike wall-clock time, it does not grow while other work on the machine holds the cores.",
      ],
      tables,
      goals,
      notes: [
        ...notes,
        'Times are wall-clock on a machine shared with other work: compare the columns of one run, not runs with each other.',
      ],
    };
  },
};
