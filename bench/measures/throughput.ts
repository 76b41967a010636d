import type { Measure, Section } from '../lib/report';
import { RawClient, updateFrame } from '../lib/raw-client';
import { withBothServers, type ServerKind, type ServerProcess } from '../lib/server-process';
import { count, mapLimit, ms, percentile, perSecond, ratio, sleep } from '../lib/stats';
import { TypingStream } from '../lib/typing-stream';

const ROOMS = 500;
const CLIENTS_PER_ROOM = 4;
/** Fixed offered load: each client types one character a second (2,000 updates/s in, 8,000 frames/s out). */
const OFFERED_PER_CLIENT_PER_SECOND = 1;
const FIXED_SECONDS = 5;
const SATURATION_SECONDS = 4;
const ROUNDS = 2;
const stream = new TypingStream(600);

/** A client; it writes, and it is the one whose receipt of the previous client's edits counts that edit as taken. */
type Writer = { client: RawClient; writer: number; nextClock: number; sentAt: number[] };

type Phase = { updates: number; deliveries: number; seconds: number; latencies: number[]; cpuMs: number };

/** 500 rooms × 4 lean clients on one server; every client writes, and reads the other three. */
class Load {
  private readonly writers: Writer[] = [];
  private recording = false;
  private latencies: number[] = [];
  private deliveries = 0;
  /** Edits the next client in their room has received. */
  private taken = 0;
  /** In saturation, a writer sends its next edit as soon as the next client in its room has its previous one. */
  private closedLoop = false;

  private constructor(readonly server: ServerProcess) {}

  static async open(server: ServerProcess): Promise<Load> {
    const load = new Load(server);
    const { rooms } = await server.rooms(ROOMS);
    const slots = rooms.flatMap((room) => Array.from({ length: CLIENTS_PER_ROOM }, () => room));
    await mapLimit(slots, 50, async (room, index) => {
      const client = await RawClient.open(server, room, stream.clientId(index));
      const writer: Writer = { client, writer: index, nextClock: 0, sentAt: [] };
      client.onUpdate = (clientId, clock) => load.seen(writer, clientId, clock);
      load.writers[index] = writer;
    });
    return load;
  }

  private seen(receiver: Writer, clientId: number, clock: number): void {
    if (!this.recording) return;
    const from = this.writers[clientId - stream.clientId(0)];
    // The reference sends each update back to its sender too; that is no delivery.
    if (!from || from === receiver) return;
    this.deliveries++;
    const sentAt = from.sentAt[clock];
    if (sentAt !== undefined) this.latencies.push(performance.now() - sentAt);
    if (receiver === this.nextInRoom(from)) {
      this.taken++;
      if (this.closedLoop) this.send(from);
    }
  }

  private nextInRoom(writer: Writer): Writer {
    const first = writer.writer - (writer.writer % CLIENTS_PER_ROOM);
    return this.writers[first + ((writer.writer + 1) % CLIENTS_PER_ROOM)]!;
  }

  private send(writer: Writer): void {
    if (writer.nextClock >= stream.length) return;
    const clock = writer.nextClock++;
    writer.sentAt[clock] = performance.now();
    writer.client.send(updateFrame(stream.update(writer.writer, clock)));
  }

  private async phase(seconds: number, drive: (stopAt: number) => Promise<void>): Promise<Phase> {
    const before = await this.server.usage();
    this.latencies = [];
    this.deliveries = 0;
    this.taken = 0;
    this.recording = true;
    const started = performance.now();
    await drive(started + seconds * 1000);
    const elapsed = (performance.now() - started) / 1000;
    const result = { updates: this.taken, deliveries: this.deliveries, seconds: elapsed, latencies: this.latencies };
    this.closedLoop = false;
    await sleep(1000); // let edits still in flight land before the next phase
    this.recording = false;
    const after = await this.server.usage();
    return { ...result, cpuMs: after.cpuMs - before.cpuMs };
  }

  /** Every client sends at the same steady rate, spread evenly over each second. */
  fixedRate(seconds: number): Promise<Phase> {
    return this.phase(seconds, async (stopAt) => {
      const interval = 1000 / OFFERED_PER_CLIENT_PER_SECOND;
      const start = performance.now();
      const due = this.writers.map((_, index) => start + (index / this.writers.length) * interval);
      while (performance.now() < stopAt) {
        const now = performance.now();
        for (const [index, writer] of this.writers.entries()) {
          if (due[index]! > now) continue;
          this.send(writer);
          due[index]! += interval;
        }
        await sleep(5);
      }
    });
  }

  /** Each client keeps one edit in flight: as fast as the server takes them. */
  saturate(seconds: number): Promise<Phase> {
    return this.phase(seconds, async (stopAt) => {
      this.closedLoop = true;
      for (const writer of this.writers) this.send(writer);
      await sleep(stopAt - performance.now());
      this.closedLoop = false;
    });
  }

  close(): void {
    for (const writer of this.writers) writer.client.close();
  }
}

function combine(phases: Phase[]): Phase {
  return phases.reduce((sum, phase) => ({
    updates: sum.updates + phase.updates,
    deliveries: sum.deliveries + phase.deliveries,
    seconds: sum.seconds + phase.seconds,
    latencies: sum.latencies.concat(phase.latencies),
    cpuMs: sum.cpuMs + phase.cpuMs,
  }));
}

export const throughput: Measure = {
  name: 'throughput',
  title: `Throughput and latency, ${ROOMS} rooms × ${CLIENTS_PER_ROOM} clients`,
  async run(): Promise<Section> {
    const results = await withBothServers(async (servers) => {
      const loads = { ours: await Load.open(servers.ours), reference: await Load.open(servers.reference) };
      const fixed: Record<ServerKind, Phase[]> = { ours: [], reference: [] };
      const saturated: Record<ServerKind, Phase[]> = { ours: [], reference: [] };
      // Alternate servers phase by phase, so the machine's noise falls on both alike.
      for (let round = 0; round < ROUNDS; round++) {
        const order: ServerKind[] = round % 2 === 0 ? ['ours', 'reference'] : ['reference', 'ours'];
        for (const kind of order) fixed[kind].push(await loads[kind].fixedRate(FIXED_SECONDS));
        for (const kind of order) saturated[kind].push(await loads[kind].saturate(SATURATION_SECONDS));
      }
      loads.ours.close();
      loads.reference.close();
      return {
        fixed: { ours: combine(fixed.ours), reference: combine(fixed.reference) },
        saturated: { ours: combine(saturated.ours), reference: combine(saturated.reference) },
      };
    });
    const { fixed, saturated } = results;
    const row = (
      label: string,
      value: (phase: Phase) => number,
      format: (n: number) => string,
      phases: Record<ServerKind, Phase>,
    ) => {
      const ours = value(phases.ours);
      const reference = value(phases.reference);
      return [label, format(ours), format(reference), ratio(ours, reference)];
    };
    const offered = ROOMS * CLIENTS_PER_ROOM * OFFERED_PER_CLIENT_PER_SECOND;
    const updatesPerSecond = (phase: Phase) => phase.updates / phase.seconds;
    const cpuPerThousand = (phase: Phase) => (phase.cpuMs / Math.max(1, phase.updates)) * 1000;
    const rows = [
      row(`p50 at ${count(offered)} updates/s offered`, (p) => percentile(p.latencies, 50), ms, fixed),
      row(`p99 at ${count(offered)} updates/s offered`, (p) => percentile(p.latencies, 99), ms, fixed),
      row('updates/s taken at that load', updatesPerSecond, perSecond, fixed),
      row('server CPU per 1,000 updates at that load', cpuPerThousand, ms, fixed),
      row('saturation: updates/s taken', updatesPerSecond, perSecond, saturated),
      row('saturation: deliveries/s (to the 3 others)', (p) => p.deliveries / p.seconds, perSecond, saturated),
      row('saturation: p50', (p) => percentile(p.latencies, 50), ms, saturated),
      row('saturation: p99', (p) => percentile(p.latencies, 99), ms, saturated),
      row('saturation: server CPU per 1,000 updates', cpuPerThousand, ms, saturated),
    ];
    const ours = updatesPerSecond(saturated.ours);
    const reference = updatesPerSecond(saturated.reference);
    return {
      title: this.title,
      tables: [{ headers: ['measure', 'ours', 'reference', 'ours / reference'], rows }],
      goals: [
        {
          text: 'throughput at least the reference’s (saturation, updates/s taken)',
          met: ours >= reference,
          detail: `ours ${perSecond(ours)}, reference ${perSecond(reference)}`,
        },
      ],
      method: [
        `${ROOMS} rooms on each server, ${CLIENTS_PER_ROOM} clients in each (${count(ROOMS * CLIENTS_PER_ROOM)} sockets per server, both servers loaded with clients at once).`,
        'Clients are lean protocol clients in the bench process: they sync, announce an editor-like presence, send pre-made Yjs updates (one typed character each, one transaction each) and read only the header of what they receive, so the client side costs the same for both servers.',
        `Fixed load: every client sends ${OFFERED_PER_CLIENT_PER_SECOND} update/s, spread evenly, for ${FIXED_SECONDS} s. Latency is from sending to each of the 3 other clients in the room having received it.`,
        `Saturation: every client keeps one update in flight (sends the next as soon as the next client in its room has the last one) for ${SATURATION_SECONDS} s. "Taken" counts updates that reached that next client.`,
        `Phases alternate between the servers, ${ROUNDS} rounds, figures pooled. Server CPU is the server process's user + system time over the phase (plus 1 s to drain), from process.cpuUsage: less sensitive to other load on the machine than updates/s.`,
      ],
      notes: [
        'The bench process (all clients) shares the 2 cores with the server under test, so saturation figures are a floor for both servers, not a capacity.',
        'The reference also sends every update back to its sender; ours does not (the sender has it), which is one frame fewer per edit.',
      ],
    };
  },
};
