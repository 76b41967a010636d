import type * as Y from 'yjs';
import type { Measure, Section } from '../lib/report';
import { withBothServers, type ServerProcess } from '../lib/server-process';
import { ms, percentile, ratio } from '../lib/stats';
import { connectStock, type StockClient } from '../lib/stock-client';

const SAMPLES = 1000;
const WARM_UP = 30;
const CLIENT_COUNTS = [2, 10, 50];

type Room = { writer: Y.Text; reader: Y.Text; close(): void };

async function openRoom(server: ServerProcess, clientCount: number): Promise<Room> {
  const { rooms } = await server.rooms(1);
  const clients: StockClient[] = [];
  for (let i = 0; i < clientCount; i++) clients.push(await connectStock(server, rooms[0]!));
  return {
    writer: clients[0]!.doc.getText('t'),
    reader: clients[1]!.doc.getText('t'),
    close: () => clients.forEach((client) => client.close()),
  };
}

/** Time from the writer's local edit to the reader having applied it. */
async function oneEdit(room: Room): Promise<number> {
  const { writer, reader } = room;
  const expected = writer.length + 1;
  const received = new Promise<void>((resolve) => {
    const check = () => {
      if (reader.length < expected) return;
      reader.unobserve(check);
      resolve();
    };
    reader.observe(check);
  });
  const started = performance.now();
  writer.insert(writer.length, 'x');
  await received;
  return performance.now() - started;
}

/** Edits alternate between the two servers one by one, so the machine's noise falls on both alike. */
async function measure(servers: Record<'ours' | 'reference', ServerProcess>, clientCount: number) {
  const ours = await openRoom(servers.ours, clientCount);
  const reference = await openRoom(servers.reference, clientCount);
  const times = { ours: [] as number[], reference: [] as number[] };
  for (let i = 0; i < SAMPLES + WARM_UP; i++) {
    const order = i % 2 === 0 ? (['ours', 'reference'] as const) : (['reference', 'ours'] as const);
    for (const kind of order) {
      const time = await oneEdit(kind === 'ours' ? ours : reference);
      if (i >= WARM_UP) times[kind].push(time);
    }
  }
  ours.close();
  reference.close();
  return times;
}

export const latency: Measure = {
  name: 'latency',
  title: 'Update latency, one room',
  async run(): Promise<Section> {
    const rows: string[][] = [];
    let p99At10 = { ours: Number.NaN, reference: Number.NaN };
    for (const clientCount of CLIENT_COUNTS) {
      const times = await withBothServers((servers) => measure(servers, clientCount));
      for (const p of [50, 99]) {
        const ours = percentile(times.ours, p);
        const reference = percentile(times.reference, p);
        rows.push([`p${p}, ${clientCount} clients`, ms(ours), ms(reference), ratio(ours, reference)]);
        if (p === 99 && clientCount === 10) p99At10 = { ours, reference };
      }
    }
    return {
      title: this.title,
      tables: [{ headers: ['measure', 'ours', 'reference', 'ours / reference'], rows }],
      goals: [
        {
          text: 'p99 at 10 clients no more than the reference’s and under 10 ms',
          met: p99At10.ours <= p99At10.reference && p99At10.ours < 10,
          detail: `ours ${ms(p99At10.ours)}, reference ${ms(p99At10.reference)}`,
        },
      ],
      method: [
        `N stock y-websocket clients (Node, real loopback sockets) in one room; one writes ${SAMPLES} single-character edits one after another, after ${WARM_UP} warm-up edits.`,
        'A figure is the time from the writer applying its edit locally to a second client having applied it.',
        'Both servers run at once, each in its own process with its own N clients, and edits alternate between them one by one.',
      ],
      notes: [
        'On a busy 2-core machine p99 is dominated by scheduling noise: compare the ratio, and rerun before drawing conclusions.',
      ],
    };
  },
};
