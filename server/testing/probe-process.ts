import { createInterface } from 'node:readline';
import { connectClient } from './clients';

/**
 * The latency probe, in its own process so that neither an attack's load in the test process
 * nor a stall in the server can hide behind the other. Two stock clients in one room: the
 * writer sets a counter every `--every` ms, the reader notes when each value arrives. Each
 * edit belongs to the phase in which it was sent: "phase NAME" on stdin starts one (the first
 * is "warm-up"). On "stop" it prints one JSON line of results, per phase, and exits.
 *
 *   node --import tsx server/testing/probe-process.ts URL TOKEN DOCUMENT_ID [EVERY_MS]
 */
const [url, token, documentId, everyArg] = process.argv.slice(2);
if (!url || !token || !documentId) throw new Error('usage: probe-process URL TOKEN DOCUMENT_ID [EVERY_MS]');
const every = Number(everyArg ?? 50);

const writer = await connectClient(url, documentId, token);
const reader = await connectClient(url, documentId, token);
let phase = 'warm-up';
const sentAt = new Map<number, { at: number; phase: string }>();
const latencies = new Map<string, number[]>([[phase, []]]);
const counter = () => reader.doc.getMap<number>('probe');
counter().observe(() => {
  const value = counter().get('n');
  const sent = value === undefined ? undefined : sentAt.get(value);
  if (sent === undefined) return;
  latencies.get(sent.phase)!.push(performance.now() - sent.at);
  sentAt.delete(value!);
});

let n = 0;
const timer = setInterval(() => {
  n += 1;
  sentAt.set(n, { at: performance.now(), phase });
  writer.doc.getMap<number>('probe').set('n', n);
}, every);
console.log('PROBE_READY');

function figures(samples: number[]) {
  const sorted = [...samples].sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? Infinity;
  return { received: sorted.length, p50: at(0.5), p99: at(0.99), max: sorted[sorted.length - 1] ?? Infinity };
}

createInterface({ input: process.stdin }).on('line', (line) => {
  const [command, name] = line.trim().split(/\s+/);
  if (command === 'phase' && name) {
    phase = name;
    if (!latencies.has(name)) latencies.set(name, []);
    console.log(`PROBE_PHASE ${name}`);
    return;
  }
  if (command !== 'stop') return;
  clearInterval(timer);
  // Anything still unanswered after a last grace period counts as lost.
  setTimeout(() => {
    const phases = Object.fromEntries([...latencies].map(([name, samples]) => [name, figures(samples)]));
    console.log(`PROBE_RESULT ${JSON.stringify({ sent: n, lost: sentAt.size, phases })}`);
    writer.close();
    reader.close();
    process.exit(0);
  }, 1000);
});
