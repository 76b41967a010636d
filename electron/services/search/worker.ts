import { parentPort, workerData } from 'node:worker_threads';
import { ToWorker, WorkerSetup, type FromWorker } from './messages';
import { ServerIndex } from './server-index';

/**
 * The search worker (a `node:worker_threads` thread): every server's index lives here, so
 * reading a room log, decoding a long document or answering a query never holds up the
 * host's IPC. Messages are validated on arrival; one that does not validate is logged and
 * dropped (a request among them is answered as failed, never left waiting).
 */
const port = parentPort!;
const setup = WorkerSetup.parse(workerData);
const indexes = new Map<string, ServerIndex>();

function send(message: FromWorker): void {
  port.postMessage(message);
}

const log = (message: string) => send({ type: 'log', message });

function indexFor(serverId: string): ServerIndex {
  let index = indexes.get(serverId);
  if (!index) {
    index = new ServerIndex({ serverId, root: setup.root, log, settleMs: setup.settleMs });
    indexes.set(serverId, index);
  }
  return index;
}

async function handle(message: ToWorker): Promise<void> {
  switch (message.type) {
    case 'catalog':
      return indexFor(message.serverId).setCatalog(message.catalog);
    case 'room-changed':
      // A room of a server whose cache has not arrived yet waits in that server's index.
      return indexFor(message.serverId).roomChanged(message.documentId, message.update);
    case 'thread-changed':
      return indexFor(message.serverId).threadRoomChanged(message.spaceId, message.threadId, message.update);
    case 'query': {
      const index = indexes.get(message.query.serverId);
      const results = index ? await index.query(message.query) : { hits: [], indexing: true };
      return send({ type: 'answer', id: message.id, results });
    }
    case 'stats': {
      const index = indexes.get(message.serverId);
      const stats = index ? index.stats() : { reads: {}, indexed: 0, indexing: true };
      return send({ type: 'stats', id: message.id, stats });
    }
    case 'save':
      await Promise.all([...indexes.values()].map((index) => index.save()));
      return send({ type: 'saved', id: message.id });
  }
}

port.on('message', (raw: unknown) => {
  const parsed = ToWorker.safeParse(raw);
  if (!parsed.success) {
    const id = (raw as { id?: unknown } | null)?.id;
    log(`The search worker refused a message: ${parsed.error.issues[0]?.message ?? 'unknown shape'}`);
    if (typeof id === 'number') send({ type: 'failed', id, message: 'refused' });
    return;
  }
  handle(parsed.data).catch((error: unknown) => {
    log(`The search worker failed: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    if ('id' in parsed.data) send({ type: 'failed', id: parsed.data.id, message: String(error) });
  });
});
