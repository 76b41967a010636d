import { monitorEventLoopDelay } from 'node:perf_hooks';
import { afterEach, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentRoom } from '../../../shared/rooms';
import { documentUpdate, TEN_THOUSAND } from '../../../bench/lib/documents';
import { emptyServerCache, type ServerCacheData } from '../local-store/server-cache';
import { after } from '../testing/host';
import { tempFolders } from '../testing/temp-folders';
import { documentBlocks } from './document-text';
import { startSearchHost, type SearchHost } from './search-host';
import { appendParagraphUpdate, documentMeta, roomLogsAt, space } from './testing/documents';

const tempDir = tempFolders('search-host');
const serverId = 'server-host1';
const committee = space('space_committee1', 'South West committee');
const rota = documentMeta('doc_rota_00001', committee.id, 'Volunteer rota');
const long = documentMeta('doc_long_00001', committee.id, 'The long guide');

let hosts: SearchHost[] = [];
afterEach(async () => {
  await Promise.all(hosts.map((host) => host.close()));
  hosts = [];
});

async function startWith(cache: ServerCacheData, root: string, logs: string[] = []) {
  let current = cache;
  const host = startSearchHost({
    root,
    log: (message) => logs.push(message),
    cacheOf: (id) => (id === serverId ? current : null),
    serverIds: () => [serverId],
    settleMs: 50,
  });
  hosts.push(host);
  return {
    host,
    setCache(next: ServerCacheData) {
      current = next;
      host.cacheChanged(serverId);
    },
  };
}

async function until<T>(read: () => Promise<T>, done: (value: T) => boolean, what: string): Promise<T> {
  for (let waited = 0; ; waited += 25) {
    const value = await read();
    if (done(value)) return value;
    if (waited > 20_000) throw new Error(`timed out waiting for ${what}`);
    await after(25);
  }
}

const cacheWith = (documents = [rota]): ServerCacheData => ({
  ...emptyServerCache(),
  spaces: [committee],
  documents,
});

describe('the search worker, from the host', () => {
  it('answers queries from the worker and follows the cache', async () => {
    const root = await tempDir();
    const logs = roomLogsAt(root);
    await logs.store(serverId, rota.id, [{ type: 'paragraph', content: ['Storytime on Mondays.'] }]);
    const { host, setCache } = await startWith(cacheWith(), root);
    const found = await until(
      () => host.query({ serverId, text: 'storytime' }),
      (results) => results.hits.length > 0 && !results.indexing,
      'the document to be indexed',
    );
    expect(found.hits).toMatchObject([{ kind: 'document', documentId: rota.id, matchedIn: 'text' }]);
    // Renamed in the cache: the next query already sees it (the cache is sent before the query).
    setCache(cacheWith([{ ...rota, title: 'Rhestr gwirfoddolwyr' }]));
    expect((await host.query({ serverId, text: 'gwirfoddolwyr' })).hits).toMatchObject([
      { title: 'Rhestr gwirfoddolwyr' },
    ]);
    // An update stored for the room reaches the index through the worker.
    const edit = appendParagraphUpdate(
      await logs.logs.load(serverId, documentRoom(rota.id)),
      'Amser rhigwm ar ddydd Gwener.',
    );
    await logs.append(serverId, rota.id, edit);
    host.roomChanged(serverId, documentRoom(rota.id), edit);
    const edited = await until(
      () => host.query({ serverId, text: 'rhigwm' }),
      (results) => results.hits.length > 0,
      'the edit to be indexed',
    );
    expect(edited.hits).toMatchObject([{ documentId: rota.id, snippet: { text: 'Amser rhigwm ar ddydd Gwener.' } }]);
    expect((await host.stats(serverId))?.reads).toEqual({ [rota.id]: 2 });
    await logs.logs.close();
  });

  it('answers at once when the worker dies, and starts it again', async () => {
    const root = await tempDir();
    const logs = roomLogsAt(root);
    await logs.store(serverId, rota.id, [{ type: 'paragraph', content: ['Storytime on Mondays.'] }]);
    const messages: string[] = [];
    const { host } = await startWith(cacheWith(), root, messages);
    await until(
      () => host.query({ serverId, text: 'storytime' }),
      (results) => results.hits.length > 0,
      'the first worker to answer',
    );
    const asked = host.query({ serverId, text: 'storytime' });
    const killed = host.killWorker();
    // Answered (as catching up, or with the hit if it came first), never left waiting.
    const answer = await asked;
    expect(answer.indexing || answer.hits.length === 1).toBe(true);
    await killed;
    await until(
      () => host.query({ serverId, text: 'storytime' }),
      (results) => results.hits.length === 1,
      'the worker to be started again',
    );
    expect(messages).toContainEqual(expect.stringContaining('The search worker stopped'));
    await logs.logs.close();
  });

  it('gives up on a worker that does not answer in time, answers the query, and starts it again', async () => {
    const root = await tempDir();
    const messages: string[] = [];
    const host = startSearchHost({
      root,
      log: (message) => messages.push(message),
      cacheOf: () => cacheWith(),
      serverIds: () => [serverId],
      queryTimeoutMs: 1,
    });
    hosts.push(host);
    expect(await host.query({ serverId, text: 'storytime' })).toEqual({ hits: [], indexing: true });
    expect(messages).toContainEqual(expect.stringContaining('did not answer within 1 ms'));
    for (let waited = 0; !messages.some((message) => message.includes('The search worker stopped')); waited += 25) {
      if (waited > 10_000) throw new Error('the worker was not stopped');
      await after(25);
    }
  });

  it('reads a 10,000-paragraph document in the worker while the host stays free', async () => {
    const root = await tempDir();
    const logs = roomLogsAt(root);
    const update = documentUpdate(TEN_THOUSAND);
    await logs.append(serverId, long.id, update);
    // The baseline: decoding it here, on the host's own thread.
    const doc = new Y.Doc();
    const started = performance.now();
    Y.applyUpdate(doc, update);
    const blocks = documentBlocks(doc);
    const onThread = performance.now() - started;
    expect(blocks).toHaveLength(10_000);

    const delay = monitorEventLoopDelay({ resolution: 5 });
    const { host } = await startWith(cacheWith([long]), root);
    delay.enable();
    const found = await until(
      () => host.query({ serverId, text: '9999.' }),
      (results) => results.hits.length === 1,
      'the long document to be indexed',
    );
    delay.disable();
    expect(found.hits).toMatchObject([{ documentId: long.id, snippet: { text: expect.stringMatching(/^9999\./) } }]);
    // While the worker read and indexed it, the host's event loop never stalled for as long as decoding it takes.
    const worstStall = delay.max / 1e6;
    expect(worstStall).toBeLessThan(onThread);
    await logs.logs.close();
  });
});
