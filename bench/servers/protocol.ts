/** What a benchmarked server process tells the bench, and how the bench asks it for its heap. */
export type ServerReady = { type: 'ready'; url: string; syncBase: string; token: string | null };
export type HeapReport = { type: 'heap'; heapUsed: number; rss: number };
export type BenchRequest = { type: 'heap' } | { type: 'rooms'; count: number };
export type RoomsReport = { type: 'rooms'; rooms: string[] };

/** Heap after a full collection, so figures compare like with like. */
export function measuredHeap(): HeapReport {
  const gc = (globalThis as { gc?: () => void }).gc;
  if (gc) {
    gc();
    gc();
  }
  const usage = process.memoryUsage();
  return { type: 'heap', heapUsed: usage.heapUsed, rss: usage.rss };
}
