import { LARGE, MEDIUM, SMALL, documentFile, type DocumentSize } from '../lib/documents';
import { RawClient, updateFrame } from '../lib/raw-client';
import type { Measure, Section } from '../lib/report';
import { withBothServers, type ServerKind, type ServerProcess } from '../lib/server-process';
import { count, kib, mapLimit, mib, ratio, sleep, waitUntil } from '../lib/stats';
import type { UsageReport } from '../servers/protocol';

const GIB = 1024 ** 3;
const IDLE_PER_ROOM = 9;
const PLAN: Array<{ size: DocumentSize; rooms: number }> = [
  { size: SMALL, rooms: 200 },
  { size: MEDIUM, rooms: 20 },
  { size: LARGE, rooms: 2 },
];

type Delta = { heap: number; rss: number };
const delta = (before: UsageReport, after: UsageReport, per: number): Delta => ({ heap: (after.heapUsed - before.heapUsed) / per, rss: (after.rss - before.rss) / per });

let nextClientId = 1;

/**
 * Opens `rooms` rooms holding the document, one client each: ours loads it from the room's
 * log (how a document opens there); the reference has no storage, so the first client sends it.
 */
async function openRooms(server: ServerProcess, rooms: number, document: { file: string; update: Uint8Array }) {
  const made = await server.rooms(rooms, document.file);
  return mapLimit(made.rooms, 10, async (room) => {
    const client = await RawClient.open(server, room, nextClientId++);
    if (!made.stored) {
      client.send(updateFrame(document.update));
      await waitUntil(() => client.updatesReceived > 0, `${server.kind} to take a document`);
    }
    return { room, clients: [client] };
  });
}

/** Heap and RSS per open room (one client each) for one document size, and per idle connection for small rooms. */
async function measureSize(servers: Record<ServerKind, ServerProcess>, size: DocumentSize, rooms: number, withIdle: boolean) {
  const document = await documentFile(size);
  const result = {} as Record<ServerKind, { room: Delta; connection: Delta | null; oneRoomRss: number }>;
  for (const kind of ['ours', 'reference'] as const) {
    const server = servers[kind];
    const before = await server.usage();
    const opened = await openRooms(server, rooms, document);
    await sleep(300);
    const withRooms = await server.usage();
    let connection: Delta | null = null;
    if (withIdle) {
      await mapLimit(opened, 10, async (room) => {
        for (let i = 0; i < IDLE_PER_ROOM; i++) room.clients.push(await RawClient.open(server, room.room, nextClientId++));
      });
      await sleep(300);
      connection = delta(withRooms, await server.usage(), rooms * IDLE_PER_ROOM);
    }
    const room = delta(before, withRooms, rooms);
    result[kind] = { room, connection, oneRoomRss: before.rss + room.rss };
    for (const { clients } of opened) for (const client of clients) client.close();
  }
  return result;
}

export const memory: Measure = {
  name: 'memory',
  title: 'Server memory per open room and per idle connection',
  async run(): Promise<Section> {
    const rows: string[][] = [];
    const roomRatios: number[] = [];
    let idle: Record<ServerKind, { connection: Delta; oneRoomRss: number }> | null = null;
    for (const { size, rooms } of PLAN) {
      // Fresh servers for each size, so one size's leftovers do not count against the next.
      const result = await withBothServers((servers) => measureSize(servers, size, rooms, size === SMALL));
      const { ours, reference } = result;
      rows.push([`heap per open room, ${size.name}, ${rooms} rooms`, kib(ours.room.heap), kib(reference.room.heap), ratio(ours.room.heap, reference.room.heap)]);
      rows.push([`RSS per open room, ${size.name}`, kib(ours.room.rss), kib(reference.room.rss), ratio(ours.room.rss, reference.room.rss)]);
      roomRatios.push(ours.room.heap / reference.room.heap);
      if (ours.connection && reference.connection) idle = { ours: { connection: ours.connection, oneRoomRss: ours.oneRoomRss }, reference: { connection: reference.connection, oneRoomRss: reference.oneRoomRss } };
    }
    if (idle) {
      const { ours, reference } = idle;
      const fit = (side: typeof ours) => (GIB - side.oneRoomRss) / side.connection.rss;
      rows.push([`heap per idle connection`, kib(ours.connection.heap), kib(reference.connection.heap), ratio(ours.connection.heap, reference.connection.heap)]);
      rows.push([`RSS per idle connection`, kib(ours.connection.rss), kib(reference.connection.rss), ratio(ours.connection.rss, reference.connection.rss)]);
      rows.push([`idle connections within 1 GiB RSS (extrapolated)`, count(fit(ours)), count(fit(reference)), ratio(fit(ours), fit(reference))]);
      rows.push([`RSS of the process with one small room open`, mib(ours.oneRoomRss), mib(reference.oneRoomRss), ratio(ours.oneRoomRss, reference.oneRoomRss)]);
    }
    const worst = Math.max(...roomRatios);
    return {
      title: this.title,
      tables: [{ headers: ['measure', 'ours', 'reference', 'ours / reference'], rows }],
      goals: [{ text: 'heap per open room no more than the reference’s, at every document size', met: worst <= 1, detail: `largest ratio ${worst.toFixed(2)}` }],
      method: [
        'Each server runs in its own process with --expose-gc; a figure is the change in heapUsed (after two full collections) or RSS, divided by the number of rooms or connections. Fresh servers for each document size.',
        `Documents are paragraphs written through Lexical's Yjs binding, as the server writes content. Ours opens each room from its log on disk, as it does in use; the reference has no storage, so its first client sends the document. ${PLAN.map((p) => `${p.size.name}: ${p.rooms} rooms`).join('; ')}.`,
        'Each open room has one client: a lean protocol client that syncs and announces an editor-like presence (name, colour, initials, service).',
        `Per idle connection: ${IDLE_PER_ROOM} more such clients join each of the small rooms; the change over ${IDLE_PER_ROOM} × the small room count.`,
        'Idle connections within 1 GiB: (1 GiB − the RSS of the process with one small room open) ÷ RSS per idle connection. Extrapolated from the measured slope, not filled.',
      ],
      notes: ['RSS includes memory the allocator has not returned to the OS, so it is noisier than heap, especially after the 16 MB documents.'],
    };
  },
};
