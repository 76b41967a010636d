import { readdir, readFile, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { SearchHit } from '../../../shared/search/hits';
import { documentRoom } from '../../../shared/rooms';
import { perServerFile } from '../local-store/per-server-files';
import { after } from '../testing/host';
import { tempFolders } from '../testing/temp-folders';
import type { Catalog } from './kinds';
import { INDEX_FILE_NAME, ServerIndex } from './server-index';
import { appendParagraphUpdate, documentMeta, roomLogsAt, space, typeIntoFirstBlock } from './testing/documents';

const serverId = 'server-test';
const committee = space('space_committee1', 'South West committee', { nameCy: 'Pwyllgor y De Orllewin' });
const network = space('space_network01', 'Offer network', { description: 'Sharing good practice' });
const rota = documentMeta('doc_rota_00001', committee.id, 'Volunteer rota');
const guide = documentMeta('doc_guide_0001', network.id, 'Good practice guide');
const minutes = documentMeta('doc_minutes_01', committee.id, 'Cofnodion y cyfarfod');
const catalog: Catalog = { spaces: [committee, network], documents: [rota, guide, minutes], people: [] };

const tempDir = tempFolders('search-index');
let root: string;
let logs: ReturnType<typeof roomLogsAt>;
let opened: ServerIndex[];
let messages: string[];

function openIndex(): ServerIndex {
  const index = new ServerIndex({ serverId, root, log: (message) => messages.push(message), settleMs: 50 });
  opened.push(index);
  return index;
}

async function settled(index: ServerIndex): Promise<void> {
  for (let waited = 0; index.stats().indexing; waited += 10) {
    if (waited > 10_000) throw new Error('the index did not finish reading');
    await after(10);
  }
}

const keys = (hits: SearchHit[]) =>
  hits.map((hit) =>
    hit.kind === 'document'
      ? hit.documentId
      : hit.kind === 'space'
        ? hit.spaceId
        : hit.kind === 'post'
          ? hit.postId
          : hit.userId,
  );

async function find(index: ServerIndex, text: string, spaceId?: string) {
  return (await index.query({ serverId, text, spaceId })).hits;
}

beforeEach(async () => {
  root = await tempDir();
  logs = roomLogsAt(root);
  opened = [];
  messages = [];
  await logs.store(serverId, rota.id, [
    { type: 'heading', level: 1, text: 'Volunteer rota' },
    { type: 'paragraph', content: ['Mondays: storytime with the toddlers in the children’s library.'] },
  ]);
  await logs.store(serverId, guide.id, [
    { type: 'paragraph', content: ['Every region adds two examples of good practice.'] },
    { type: 'quote', text: 'Mae’r llyfrgell wrth galon y gymuned, ac mae’r plant yn dysgu am ddŵr a’r tŷ.' },
  ]);
  await logs.store(serverId, minutes.id, [
    { type: 'paragraph', content: ['Trafodwyd y gweithdy i blant yn Nghaerdydd a’r ŵyl yn y pentref.'] },
  ]);
});

afterEach(async () => {
  await Promise.all(opened.map((index) => index.close()));
  await logs.logs.close();
});

describe('the quick-find index of one server', () => {
  it('indexes a document’s text from its room log, with a snippet around the match', async () => {
    const index = openIndex();
    await index.setCatalog(catalog);
    await settled(index);
    const hits = await find(index, 'storytime');
    expect(hits).toEqual([
      {
        kind: 'document',
        documentId: rota.id,
        spaceId: committee.id,
        title: 'Volunteer rota',
        matchedIn: 'text',
        snippet: {
          text: 'Mondays: storytime with the toddlers in the children’s library.',
          highlights: [[9, 18]],
        },
      },
    ]);
    // Titles weigh more than text: the document named for it comes before one that mentions it.
    expect(keys(await find(index, 'rota'))).toEqual([rota.id]);
    expect(keys(await find(index, 'good practice'))).toEqual([guide.id, network.id]);
    expect((await find(index, 'good practice'))[0]).toMatchObject({ matchedIn: 'title', snippet: null });
    // Spaces by either name; empty text finds nothing.
    expect(keys(await find(index, 'pwyllgor'))).toEqual([committee.id]);
    expect(await index.query({ serverId, text: '  ' })).toEqual({ hits: [], indexing: false });
  });

  it('finds ŵ, ŷ and mutated Welsh words whichever way they are typed', async () => {
    const index = openIndex();
    await index.setCatalog(catalog);
    await settled(index);
    expect(keys(await find(index, 'dwr'))).toEqual([guide.id]);
    expect(keys(await find(index, 'dŵr'))).toEqual([guide.id]);
    expect(keys(await find(index, 'ty '))).toEqual([guide.id]);
    expect(keys(await find(index, 'gwyl'))).toEqual([minutes.id]);
    // The radical finds the soft and nasal forms in the text, and a mutated form finds the radical.
    expect(keys(await find(index, 'cymuned'))).toEqual([guide.id]);
    expect(keys(await find(index, 'nghymuned'))).toEqual([guide.id]);
    expect(keys(await find(index, 'plant gweithdy'))).toEqual([minutes.id]);
    expect(keys(await find(index, 'caerdydd'))).toEqual([minutes.id]);
    expect(keys(await find(index, 'mhentref'))).toEqual([minutes.id]);
    const [hit] = await find(index, 'caerdydd');
    expect(hit).toMatchObject({ matchedIn: 'text' });
    if (hit?.kind !== 'document' || !hit.snippet) throw new Error('expected a text hit with a snippet');
    expect(hit.snippet.highlights.map(([start, end]) => hit.snippet!.text.slice(start, end))).toEqual(['Nghaerdydd']);
  });

  it('indexes an appended update to one room without reading the others again', async () => {
    const index = openIndex();
    await index.setCatalog(catalog);
    await settled(index);
    const readsBefore = index.stats().reads;
    expect(readsBefore).toEqual({ [rota.id]: 1, [guide.id]: 1, [minutes.id]: 1 });
    expect(await find(index, 'hwyliog')).toEqual([]);

    const stored = await logs.logs.load(serverId, documentRoom(rota.id));
    const first = appendParagraphUpdate(stored, 'Sesiwn hwyliog i deuluoedd ar ddydd Sadwrn.');
    await logs.append(serverId, rota.id, first);
    index.roomChanged(rota.id, first);
    await after(200);
    expect(keys(await find(index, 'hwyliog'))).toEqual([rota.id]);
    // Typing goes on: the kept Y.Doc takes each update, and the log is not read again.
    const second = typeIntoFirstBlock([...stored, first], 'Updated ');
    await logs.append(serverId, rota.id, second);
    index.roomChanged(rota.id, second);
    await after(200);
    expect(keys(await find(index, 'updated'))).toEqual([rota.id]);
    expect(index.stats().reads).toEqual({ [rota.id]: 2, [guide.id]: 1, [minutes.id]: 1 });
  });

  it('starts from the saved index, reading again only rooms whose logs changed or are new', async () => {
    const first = openIndex();
    await first.setCatalog(catalog);
    await settled(first);
    await first.close();

    // While the app was closed: one room got a new update, one document is new, one is gone.
    const stored = await logs.logs.load(serverId, documentRoom(guide.id));
    await logs.append(serverId, guide.id, appendParagraphUpdate(stored, 'Canllaw newydd i arweinwyr grwpiau.'));
    const newcomer = documentMeta('doc_newcomer01', network.id, 'Newcomer');
    await logs.store(serverId, newcomer.id, [{ type: 'paragraph', content: ['Welcome pack for arweinwyr.'] }]);
    const next = { ...catalog, documents: [rota, guide, newcomer] };

    const second = openIndex();
    await second.setCatalog(next);
    await settled(second);
    expect(second.stats().reads).toEqual({ [guide.id]: 1, [newcomer.id]: 1 });
    expect(keys(await find(second, 'arweinwyr')).sort()).toEqual([guide.id, newcomer.id].sort());
    expect(keys(await find(second, 'storytime'))).toEqual([rota.id]);
    expect(await find(second, 'caerdydd')).toEqual([]);
    expect(messages).toEqual([]);
  });

  it('does not read a room again at start when its log holds every update the index saw, and does when it lacks one', async () => {
    const first = openIndex();
    await first.setCatalog(catalog);
    await settled(first);
    const stored = await logs.logs.load(serverId, documentRoom(rota.id));
    const written = appendParagraphUpdate(stored, 'Ysgrifennwyd i’r ddisg.');
    await logs.append(serverId, rota.id, written);
    first.roomChanged(rota.id, written);
    const stored2 = await logs.logs.load(serverId, documentRoom(guide.id));
    // This one reaches the index but never the disk (the app was killed before the write).
    first.roomChanged(guide.id, appendParagraphUpdate(stored2, 'Ni chyrhaeddodd y ddisg.'));
    await after(200);
    expect(keys(await find(first, 'ddisg')).sort()).toEqual([rota.id, guide.id].sort());
    await first.close();

    const second = openIndex();
    await second.setCatalog(catalog);
    await settled(second);
    expect(second.stats().reads).toEqual({ [guide.id]: 1 });
    expect(keys(await find(second, 'ddisg'))).toEqual([rota.id]);
  });

  it('sets a damaged index file aside and builds the index again', async () => {
    const first = openIndex();
    await first.setCatalog(catalog);
    await settled(first);
    await first.close();
    const file = perServerFile(root, serverId, INDEX_FILE_NAME);
    const saved = JSON.parse(await readFile(file, 'utf8')) as { engine: { terms: string[][] } };
    // Postings that name a document that is not there: valid JSON, valid shape, not a valid index.
    saved.engine.terms[0]![1] = Buffer.from(new Uint32Array([999]).buffer).toString('base64');
    saved.engine.terms[0]![2] = Buffer.from(new Uint16Array([1, 1]).buffer).toString('base64');
    await writeFile(file, JSON.stringify(saved));

    const second = openIndex();
    await second.setCatalog(catalog);
    await settled(second);
    expect(keys(await find(second, 'storytime'))).toEqual([rota.id]);
    expect(second.stats().reads).toEqual({ [rota.id]: 1, [guide.id]: 1, [minutes.id]: 1 });
    const aside = (await readdir(path.dirname(file))).filter((name) => name.startsWith(`${INDEX_FILE_NAME}.corrupt-`));
    expect(aside).toHaveLength(1);
    expect(messages).toEqual([expect.stringMatching(/could not use the search index .* being built again/)]);

    // Not JSON at all: the same.
    await second.close();
    await writeFile(file, '{"version": 1, "texts": {');
    const third = openIndex();
    await third.setCatalog(catalog);
    await settled(third);
    expect(keys(await find(third, 'storytime'))).toEqual([rota.id]);
    expect(messages[1]).toMatch(/not valid JSON/);
  });

  it('drops a space’s documents from the results when the space leaves the cache', async () => {
    const index = openIndex();
    await index.setCatalog(catalog);
    await settled(index);
    expect(keys(await find(index, 'storytime'))).toEqual([rota.id]);
    // The person left the committee: its space and documents are gone from the cache.
    await index.setCatalog({ ...catalog, spaces: [network], documents: [guide] });
    expect(await find(index, 'storytime')).toEqual([]);
    expect(await find(index, 'pwyllgor')).toEqual([]);
    expect(keys(await find(index, 'llyfrgell'))).toEqual([guide.id]);
    // A space still listed but whose documents are not shown any more (a document moved away): the same.
    await index.setCatalog({ ...catalog, documents: [rota, minutes] });
    expect(await find(index, 'llyfrgell')).toEqual([]);
  });

  it('searches within one space when asked', async () => {
    const index = openIndex();
    await index.setCatalog(catalog);
    await settled(index);
    expect(keys(await find(index, 'library'))).toContain(rota.id);
    expect(keys(await find(index, 'library', network.id))).toEqual([]);
    expect(keys(await find(index, 'plant', committee.id))).toEqual([minutes.id]);
  });

  it('leaves out an update the log reader would refuse', async () => {
    const index = openIndex();
    await index.setCatalog(catalog);
    await settled(index);
    index.roomChanged(rota.id, new Uint8Array([0, 0, 1, 255, 255, 255, 255, 15]));
    expect(messages).toEqual([expect.stringContaining('would refuse')]);
    await after(200);
    expect(index.stats().reads[rota.id]).toBe(1);
  });
});
