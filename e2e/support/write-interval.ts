import { open, rm } from 'node:fs/promises';
import path from 'node:path';
import { percentile } from './steady-typing';

/**
 * The local store's promise (electron/README.md): a keystroke is fsynced on the device within
 * about 50 ms. A test cannot hold a shared machine's disk to a fixed figure (one fsync here
 * once stalled for 248 ms), so the specs measure the disk in the same run, beside the store,
 * and allow the store this much of its own on top of it (`writeIntervalBound`).
 */
export const WRITE_INTERVAL_PROMISE_MS = 50;

/** Steady typing of plain words: nothing Lexical turns into formatting. */
export const SENTENCE = 'Every branch runs the Summer Reading Challenge with its volunteers and schools. ';

/** About what the store writes for one keystroke: a Yjs update of a character or two, framed. */
const RECORD_BYTES = 64;

/** Write + fsync times of the machine's own disk, taken in the same folder while the store works. */
export type DiskBaseline = { samples: number[]; p50: number; max: number };

/**
 * Writes and fsyncs a keystroke-sized record every `everyMs` in `folder` (plain Node, none of
 * our code) until `stop()`, timing each: what this disk, this machine and this moment allow
 * any program, measured alongside the store and on the same file system.
 */
export async function measureDiskWhile(folder: string, everyMs = 50): Promise<{ stop(): Promise<DiskBaseline> }> {
  const file = path.join(folder, 'disk-baseline.tmp');
  const handle = await open(file, 'a');
  const record = new Uint8Array(RECORD_BYTES).fill(42);
  const samples: number[] = [];
  let running = true;
  const loop = (async () => {
    while (running) {
      const started = performance.now();
      await handle.write(record);
      await handle.sync();
      samples.push(performance.now() - started);
      await new Promise((resolve) => setTimeout(resolve, everyMs));
    }
  })();
  return {
    async stop() {
      running = false;
      await loop;
      await handle.close();
      await rm(file, { force: true });
      return { samples, p50: percentile(samples, 50), max: Math.max(...samples) };
    },
  };
}

/**
 * How long a keystroke may take to be fsynced, given the disk as measured in the same run: a
 * keystroke that reaches the store just after a write began waits for that write and then its
 * own (group commit), so two of the disk's slowest write + fsync, plus the promise for the
 * store's own path (page → host → write).
 */
export function writeIntervalBound(disk: DiskBaseline): number {
  return WRITE_INTERVAL_PROMISE_MS + 2 * disk.max;
}

export const describeDisk = (disk: DiskBaseline) =>
  `the disk alone (write + fsync of ${RECORD_BYTES} bytes beside the store, ${disk.samples.length} times): p50 ${disk.p50.toFixed(1)} ms, max ${disk.max.toFixed(1)} ms`;
