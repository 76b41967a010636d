import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import * as Y from 'yjs';
import { DEFAULT_HISTORY_STORE, DocumentHistory } from '../../server/history/history-store';
import { versionChanges, versionContent } from '../../server/history/version-builds';
import { changeBlocks } from '../../renderer/src/history/version-state';
import { documentUpdate, TEN_THOUSAND } from '../lib/documents';
import { typingEdits } from '../lib/history-edits';
import type { Measure, Section } from '../lib/report';
import { count, median, ms } from '../lib/stats';

const EDITS = 5000;
const ROUNDS = 3;
const GOAL_MS = 1000;

async function timed<T>(work: () => Promise<T> | T): Promise<{ ms: number; value: T }> {
  const started = performance.now();
  const value = await work();
  return { ms: performance.now() - started, value };
}

export const historyOpen: Measure = {
  name: 'history-open',
  title: 'History: opening a version and showing its changes (10,000-paragraph document)',
  async run(): Promise<Section> {
    const folder = await mkdtemp(path.join(tmpdir(), 'branchline-bench-history-'));
    try {
      const doc = new Y.Doc();
      const initial = documentUpdate(TEN_THOUSAND);
      Y.applyUpdate(doc, initial);
      const history = await DocumentHistory.open('dbenchhistory2', {
        directory: folder,
        ...DEFAULT_HISTORY_STORE,
        warn: () => undefined,
      });
      history.append([{ update: initial, author: null, at: Date.now() }]);
      for (const update of typingEdits(doc, EDITS))
        history.append([{ update, author: 'user_bench_person1', at: Date.now() }]);
      const last = history.lastSeq;
      const cases = [
        { name: `recent (${count(100)} changes before now)`, seq: last - 100 },
        { name: `older (${count(EDITS / 2)} changes before now, behind a checkpoint)`, seq: last - EDITS / 2 },
        { name: 'the first (the document before any edit)', seq: 1 },
      ];
      const rows: string[][] = [];
      let worst = 0;
      for (const { name, seq } of cases) {
        const open: number[] = [];
        const changes: number[] = [];
        const shown: number[] = [];
        for (let round = 0; round < ROUNDS; round++) {
          open.push((await timed(async () => versionContent(await history.slices(seq)))).ms);
          const built = await timed(async () => versionChanges(await history.slices(seq)));
          changes.push(built.ms);
          shown.push(
            (await timed(() => changeBlocks(built.value.update, built.value.versionSnapshot, built.value.nowSnapshot)))
              .ms,
          );
        }
        worst = Math.max(worst, median(open), median(changes));
        rows.push([name, ms(median(open)), ms(median(changes)), ms(median(shown))]);
      }
      history.close();
      return {
        title: this.title,
        method: [
          `The 10,000-paragraph document (${count(TEN_THOUSAND.charactersPerParagraph)} characters each, written through Lexical's binding) as a history's first record, then ${count(EDITS)} edits (a word typed, every tenth a word deleted), with the server's checkpoint defaults.`,
          'Open: the version built from the nearest checkpoint plus the slice after it (server/history/history-store.ts `slices`, server/history/version-builds.ts `versionContent`) and encoded as the compact update the route sends.',
          'Changes: the version and now in one `gc: false` state, both snapshots and the PermanentUserData map (server/history/version-builds.ts `versionChanges`), as the route builds them.',
          "Shown: the window's part, in Node: @lexical/yjs's renderSnapshot between the two snapshots in a headless editor, read into blocks (renderer/src/history/version-state.ts `changeBlocks`); React's render is not included.",
          `Median of ${ROUNDS} rounds each.`,
        ],
        tables: [{ headers: ['version', 'open', 'changes built (server)', 'changes shown (window)'], rows }],
        goals: [
          {
            text: 'opening a version and building its changes on the 10,000-paragraph document take under 1 s',
            met: worst < GOAL_MS,
            detail: `slowest median ${ms(worst)}`,
          },
        ],
        notes: [],
      };
    } finally {
      await rm(folder, { recursive: true, force: true });
    }
  },
};
