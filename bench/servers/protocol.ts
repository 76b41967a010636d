import v8 from 'node:v8';

/** What a benchmarked server process tells the bench, and what the bench asks of it. */
export type ServerReady = { type: 'ready'; url: string; syncBase: string; token: string | null };
/** Memory after a full collection, and CPU time used so far, so figures compare like with like. */
export type UsageReport = {
  type: 'usage';
  heapUsed: number;
  rss: number;
  external: number;
  arrayBuffers: number;
  cpuMs: number;
};
export type BenchRequest =
  | { type: 'usage' }
  /** Makes `count` rooms the bench may use; `contentFile` (a Yjs update on disk) is their stored content where the server stores rooms. */
  | { type: 'rooms'; count: number; contentFile?: string };
export type RoomsReport = {
  type: 'rooms';
  rooms: string[];
  /** Whether the rooms already hold `contentFile` (ours: in their logs). */ stored: boolean;
};

let snapshotCount = 0;

/**
 * Heap after a full collection (twice: weak references and finalisers need a second pass).
 * With BENCH_HEAP_SNAPSHOTS=<dir>, each reading also writes the heap's snapshot there
 * (<pid>-<reading>.heapsnapshot), to see what a per-room or per-connection figure is made of.
 */
export function measuredUsage(): UsageReport {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const snapshots = process.env.BENCH_HEAP_SNAPSHOTS;
  if (snapshots)
    v8.writeHeapSnapshot(`${snapshots}/${process.pid}-${String(snapshotCount++).padStart(2, '0')}.heapsnapshot`);
  const usage = process.memoryUsage();
  const cpu = process.cpuUsage();
  return {
    type: 'usage',
    heapUsed: usage.heapUsed,
    rss: usage.rss,
    external: usage.external,
    arrayBuffers: usage.arrayBuffers,
    cpuMs: (cpu.user + cpu.system) / 1000,
  };
}
