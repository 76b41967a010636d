import { fork, type ChildProcess } from 'node:child_process';
import { once } from 'node:events';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { WebSocket } from 'ws';
import { WebsocketProvider } from 'y-websocket';
import * as Y from 'yjs';
import type { HeapReport, RoomsReport, ServerReady } from './servers/protocol';

/**
 * Update latency and memory per room, our server beside the reference @y/websocket-server
 * 0.1.1, in one run on this machine. Each server runs in its own process; the clients (stock
 * y-websocket providers over real sockets) run here, the same for both.
 */
// Each y-websocket provider adds a process 'exit' listener in Node; dozens are expected here.
process.setMaxListeners(0);
const here = path.dirname(fileURLToPath(import.meta.url));
const SAMPLES = 1000;
const WARM_UP = 30;
const MEMORY_ROOMS = 200;

type Server = { name: string; child: ChildProcess; ready: ServerReady };

async function startServer(name: string, entry: string): Promise<Server> {
  const child = fork(path.join(here, 'servers', entry), [], { execArgv: ['--expose-gc', '--import', 'tsx'], stdio: ['ignore', 'inherit', 'inherit', 'ipc'] });
  const [ready] = (await once(child, 'message')) as [ServerReady];
  return { name, child, ready };
}

async function ask<T>(server: Server, request: object): Promise<T> {
  server.child.send(request);
  const [answer] = (await once(server.child, 'message')) as [T];
  return answer;
}

async function connect(server: Server, room: string): Promise<{ doc: Y.Doc; provider: WebsocketProvider }> {
  const doc = new Y.Doc();
  const provider = new WebsocketProvider(server.ready.syncBase, room, doc, {
    WebSocketPolyfill: WebSocket as unknown as typeof globalThis.WebSocket,
    params: server.ready.token ? { token: server.ready.token } : {},
    disableBc: true,
  });
  if (!provider.synced) await new Promise((resolve) => provider.once('sync', resolve));
  return { doc, provider };
}

function percentile(sorted: number[], p: number): number {
  return sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))]!;
}

type Room = { writer: Y.Text; reader: Y.Text; close(): void };

async function openRoom(server: Server, clientCount: number): Promise<Room> {
  const { rooms } = await ask<RoomsReport>(server, { type: 'rooms', count: 1 });
  const clients = await Promise.all(Array.from({ length: clientCount }, () => connect(server, rooms[0]!)));
  return {
    writer: clients[0]!.doc.getText('t'),
    reader: clients[1]!.doc.getText('t'),
    close: () => clients.forEach((client) => client.provider.destroy()),
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

type Latency = { p50: number; p99: number };

function summarise(times: number[]): Latency {
  times.sort((a, b) => a - b);
  return { p50: percentile(times, 50), p99: percentile(times, 99) };
}

/**
 * Both servers run side by side and edits alternate between them, so whatever else the
 * machine is doing (GC in the bench, other processes) falls on both alike.
 */
async function latency(ours: Server, reference: Server, clientCount: number): Promise<{ ours: Latency; reference: Latency }> {
  const ourRoom = await openRoom(ours, clientCount);
  const refRoom = await openRoom(reference, clientCount);
  const ourTimes: number[] = [];
  const refTimes: number[] = [];
  for (let i = 0; i < SAMPLES + WARM_UP; i++) {
    const [first, second, firstTimes, secondTimes] = i % 2 === 0 ? [ourRoom, refRoom, ourTimes, refTimes] : [refRoom, ourRoom, refTimes, ourTimes];
    const a = await oneEdit(first);
    const b = await oneEdit(second);
    if (i >= WARM_UP) {
      firstTimes.push(a);
      secondTimes.push(b);
    }
  }
  ourRoom.close();
  refRoom.close();
  return { ours: summarise(ourTimes), reference: summarise(refTimes) };
}

async function memoryPerRoom(server: Server): Promise<number> {
  const { rooms } = await ask<RoomsReport>(server, { type: 'rooms', count: MEMORY_ROOMS });
  const before = await ask<HeapReport>(server, { type: 'heap' });
  const clients = [];
  for (const room of rooms) {
    const client = await connect(server, room);
    client.doc.getText('t').insert(0, 'A short paragraph of a best-practice guide, written by a regional committee.');
    clients.push(client);
  }
  await new Promise((resolve) => setTimeout(resolve, 500));
  const after = await ask<HeapReport>(server, { type: 'heap' });
  for (const client of clients) client.provider.destroy();
  return (after.heapUsed - before.heapUsed) / MEMORY_ROOMS;
}

const ms = (value: number) => `${value.toFixed(2)} ms`;
const kb = (value: number) => `${(value / 1024).toFixed(1)} KiB`;

async function main(): Promise<void> {
  console.log(`Branchline bench on ${os.cpus()[0]?.model ?? 'unknown CPU'} × ${os.cpus().length}, Node ${process.version}`);
  console.log(`Latency: ${SAMPLES} sequential edits per server (after ${WARM_UP} warm-up), writer → one reader, all clients in one room;`);
  console.log(`both servers run at once and edits alternate between them. Load average now: ${os.loadavg()[0]!.toFixed(2)}.\n`);
  const rows: string[][] = [['measure', 'ours', 'reference 0.1.1', 'ours / reference']];
  for (const clientCount of [2, 10, 50]) {
    const ours = await startServer('ours', 'ours.ts');
    const reference = await startServer('reference', 'reference.ts');
    const result = await latency(ours, reference, clientCount);
    ours.child.disconnect();
    reference.child.disconnect();
    rows.push([`p50, ${clientCount} clients`, ms(result.ours.p50), ms(result.reference.p50), (result.ours.p50 / result.reference.p50).toFixed(2)]);
    rows.push([`p99, ${clientCount} clients`, ms(result.ours.p99), ms(result.reference.p99), (result.ours.p99 / result.reference.p99).toFixed(2)]);
  }
  const oursForMemory = await startServer('ours', 'ours.ts');
  const ourMemory = await memoryPerRoom(oursForMemory);
  oursForMemory.child.disconnect();
  const referenceForMemory = await startServer('reference', 'reference.ts');
  const refMemory = await memoryPerRoom(referenceForMemory);
  referenceForMemory.child.disconnect();
  rows.push([`heap per open room (${MEMORY_ROOMS} rooms, 1 client each)`, kb(ourMemory), kb(refMemory), (ourMemory / refMemory).toFixed(2)]);

  const widths = rows[0]!.map((_, column) => Math.max(...rows.map((row) => row[column]!.length)));
  for (const [index, row] of rows.entries()) {
    console.log(row.map((cell, column) => cell.padEnd(widths[column]!)).join(' | '));
    if (index === 0) console.log(widths.map((width) => '-'.repeat(width)).join('-|-'));
  }
  console.log('\nOurs writes every update to its room log before broadcasting; the reference keeps rooms in memory only.');
  process.exit(0);
}

await main();
