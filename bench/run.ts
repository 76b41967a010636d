import { writeFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { forumWorld } from './lib/forum-world';
import { describeMachine, libraryVersions, loadAverageNow } from './lib/machine';
import { sectionToMarkdown, sectionToText, type Measure, type Section } from './lib/report';
import { coldOpen } from './measures/cold-open';
import { convergence } from './measures/convergence';
import { exportFormats } from './measures/export-formats';
import { forumReading } from './measures/forum-reading';
import { forumSearch } from './measures/forum-search';
import { forumServer } from './measures/forum-server';
import { historyOpen } from './measures/history-open';
import { historyStorage } from './measures/history-storage';
import { latency } from './measures/latency';
import { memory } from './measures/memory';
import { quickFind } from './measures/quick-find';
import { spelling } from './measures/spelling';
import { throughput } from './measures/throughput';

/**
 * `npm run bench` runs every measure, prints each table as it finishes and writes
 * bench/RESULTS.md; `npm run bench -- memory latency` runs only those (and writes RESULTS.md
 * only with --write); a group's name (`forum`) runs every measure named `<group>-…`.
 */
// Each y-websocket provider adds a process 'exit' listener in Node; hundreds are expected here.
process.setMaxListeners(0);

const measures: Measure[] = [
  latency,
  throughput,
  memory,
  convergence,
  coldOpen,
  quickFind,
  forumServer,
  forumReading,
  forumSearch,
  historyStorage,
  historyOpen,
  spelling,
  exportFormats,
];
const resultsFile = path.join(path.dirname(fileURLToPath(import.meta.url)), 'RESULTS.md');

function chosen(args: string[]): Measure[] {
  const names = args.filter((arg) => !arg.startsWith('--'));
  if (names.length === 0) return measures;
  const named = (measure: Measure) =>
    names.some((name) => measure.name === name || measure.name.startsWith(`${name}-`));
  const unknown = names.filter((name) => !measures.some((measure) => named(measure) && measure.name.startsWith(name)));
  if (unknown.length > 0) {
    console.error(
      `Unknown measure: ${unknown.join(', ')}. Measures: ${measures.map((measure) => measure.name).join(', ')}.`,
    );
    process.exit(2);
  }
  return measures.filter(named);
}

function header(): string[] {
  const machine = describeMachine();
  const versions = libraryVersions();
  return [
    `Machine: ${machine.cpu}, ${machine.cores} cores, ${machine.memory} RAM; ${machine.os}; Node ${machine.node}.`,
    `Load average (1, 5, 15 min) at the start: ${machine.loadAverage}.`,
    `Versions: ${Object.entries(versions)
      .map(([name, version]) => `${name} ${version}`)
      .join(', ')}.`,
  ];
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const toRun = chosen(args);
  const started = new Date();
  const intro = header();
  console.log(`${intro.join('\n')}\n`);
  const done: Array<{ measure: Measure; section: Section; seconds: number; load: string }> = [];
  for (const measure of toRun) {
    console.log(`Running ${measure.name}… (load average ${loadAverageNow()})`);
    const measureStarted = performance.now();
    const section = await measure.run();
    const seconds = (performance.now() - measureStarted) / 1000;
    const load = loadAverageNow();
    done.push({ measure, section, seconds, load });
    console.log(`\n${sectionToText(section)}\n(${seconds.toFixed(0)} s; load average ${load})\n`);
  }
  // The forum measures share one filled folder (bench/lib/forum-world.ts).
  await forumWorld.remove();
  const failed = done.flatMap(({ section }) => section.goals.filter((goal) => !goal.met));
  console.log(failed.length === 0 ? 'Every goal met.' : `Goals not met: ${failed.length}.`);
  if (toRun.length === measures.length || args.includes('--write')) {
    const markdown = [
      '# Benchmark results',
      `Written by \`npm run bench\` on ${started.toISOString()}${toRun.length < measures.length ? ` (only: ${toRun.map((m) => m.name).join(', ')})` : ''}. ` +
        "Ours is Branchline's sync server; the reference is `@y/websocket-server` 0.1.1 (`setupWSConnection`, in memory only). " +
        'Ratios are ours ÷ reference: below 1 is less time or memory for ours, above 1 is more updates/s. See `bench/README.md` for what each figure means.',
      intro.map((line) => `- ${line}`).join('\n'),
      ...done.map(
        ({ section, seconds, load }) =>
          `${sectionToMarkdown(section)}\n\n_Took ${seconds.toFixed(0)} s; load average after: ${load}._`,
      ),
    ].join('\n\n');
    await writeFile(resultsFile, `${markdown}\n`);
    console.log(`Wrote ${path.relative(process.cwd(), resultsFile)}.`);
  }
  process.exit(0);
}

await main();
