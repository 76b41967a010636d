import * as Y from 'yjs';
import type { Measure, Section } from '../lib/report';
import { withBothServers, type ServerKind, type ServerProcess } from '../lib/server-process';
import { kib, median, ms, ratio } from '../lib/stats';
import { connectStock, type StockClient } from '../lib/stock-client';

const EDITS = 1000;
const ROUNDS = 3;
const BASE_TEXT = 'Our regional reading offer brings libraries, schools and families together. '.repeat(30);

/** A small seeded generator, so every round makes the same kind of edits. */
function random(seed: number): () => number {
  let state = seed;
  return () => {
    state = (state * 1_103_515_245 + 12_345) % 2 ** 31;
    return state / 2 ** 31;
  };
}

/** One thousand typing-like edits, one transaction each: mostly words inserted, some text deleted. */
function editOffline(text: Y.Text, seed: number): void {
  const next = random(seed);
  const words = ['library ', 'reading ', 'offer ', 'volunteers ', 'summer ', 'branch ', 'children ', 'digital '];
  for (let i = 0; i < EDITS; i++) {
    const at = Math.floor(next() * text.length);
    if (next() < 0.2 && text.length > 10) text.delete(at, Math.min(1 + Math.floor(next() * 5), text.length - at));
    else text.insert(at, words[Math.floor(next() * words.length)]!);
  }
}

const sameState = (a: Y.Doc, b: Y.Doc) => Buffer.compare(Y.encodeStateVector(a), Y.encodeStateVector(b)) === 0;

/** Resolves when the two documents hold the same state, checking after every change either receives. */
function converged(a: Y.Doc, b: Y.Doc): Promise<void> {
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => done(new Error('clients did not converge within 30 s')), 30_000);
    const check = () => {
      if (sameState(a, b)) done();
    };
    const done = (error?: Error) => {
      clearTimeout(timer);
      a.off('update', check);
      b.off('update', check);
      if (error) reject(error);
      else resolve();
    };
    a.on('update', check);
    b.on('update', check);
  });
}

type Round = { ms: number; bytes: number; editBytes: number };

async function round(server: ServerProcess, seed: number): Promise<Round> {
  const { rooms } = await server.rooms(1);
  const clients: StockClient[] = [await connectStock(server, rooms[0]!), await connectStock(server, rooms[0]!)];
  const [a, b] = clients as [StockClient, StockClient];
  a.doc.getText('t').insert(0, BASE_TEXT);
  await new Promise<void>((resolve) => (sameState(a.doc, b.doc) ? resolve() : converged(a.doc, b.doc).then(resolve)));
  for (const client of clients) client.provider.disconnect();
  const base = Y.encodeStateVector(a.doc);
  editOffline(a.doc.getText('t'), seed);
  editOffline(b.doc.getText('t'), seed + 1);
  // What the edits themselves amount to, merged: the least any sync must carry.
  const editBytes = Y.encodeStateAsUpdate(a.doc, base).length + Y.encodeStateAsUpdate(b.doc, base).length;
  const before = clients.map((client) => client.wire.totals());
  const started = performance.now();
  const done = converged(a.doc, b.doc);
  for (const client of clients) client.provider.connect();
  await done;
  const elapsed = performance.now() - started;
  const bytes = clients.reduce((sum, client, index) => {
    const now = client.wire.totals();
    return sum + now.sent - before[index]!.sent + now.received - before[index]!.received;
  }, 0);
  if (a.doc.getText('t').toString() !== b.doc.getText('t').toString())
    throw new Error(`${server.kind}: equal state but different text`);
  for (const client of clients) client.close();
  return { ms: elapsed, bytes, editBytes };
}

export const convergence: Measure = {
  name: 'convergence',
  title: `Convergence after ${EDITS.toLocaleString('en-GB')} offline edits on each of two clients`,
  async run(): Promise<Section> {
    const results: Record<ServerKind, Round[]> = { ours: [], reference: [] };
    await withBothServers(async (servers) => {
      for (let index = 0; index < ROUNDS * 2; index++) {
        // Alternate servers round by round; the same edits (same seed) for both in each pair.
        const kind: ServerKind = index % 2 === 0 ? 'ours' : 'reference';
        results[kind].push(await round(servers[kind], 1000 + Math.floor(index / 2) * 10));
      }
    });
    const summary = (kind: ServerKind) => ({
      ms: median(results[kind].map((r) => r.ms)),
      bytes: median(results[kind].map((r) => r.bytes)),
      editBytes: median(results[kind].map((r) => r.editBytes)),
    });
    const ours = summary('ours');
    const reference = summary('reference');
    const worst = Math.max(...results.ours.map((r) => r.ms));
    return {
      title: this.title,
      tables: [
        {
          headers: ['measure', 'ours', 'reference', 'ours / reference'],
          rows: [
            ['time to converge (median)', ms(ours.ms), ms(reference.ms), ratio(ours.ms, reference.ms)],
            ['time to converge (slowest round)', ms(worst), ms(Math.max(...results.reference.map((r) => r.ms))), ''],
            [
              'bytes on the wire, both clients, both ways',
              kib(ours.bytes),
              kib(reference.bytes),
              ratio(ours.bytes, reference.bytes),
            ],
            ['the edits themselves (two merged updates)', kib(ours.editBytes), kib(reference.editBytes), ''],
          ],
        },
      ],
      goals: [
        {
          text: 'convergence under 1 s',
          met: worst < 1000,
          detail: `ours: median ${ms(ours.ms)}, slowest ${ms(worst)}`,
        },
      ],
      method: [
        'Two stock y-websocket providers (Node) share a room holding a 2,300-character text; both disconnect (provider.disconnect()).',
        `Each then makes ${EDITS.toLocaleString('en-GB')} edits, one transaction each, at random places: 80% insert a word, 20% delete 1–5 characters (seeded, the same edits for both servers).`,
        'Both reconnect at once. Time: from connect() to both documents having the same state vector (checked on every update either applies); their texts are then checked equal.',
        "Bytes: everything both clients' TCP sockets sent and received from the reconnect to convergence (HTTP upgrade, WebSocket frames, sync and awareness), counted at the socket.",
        `${ROUNDS} rounds per server, alternating; medians.`,
      ],
      notes: [],
    };
  },
};
