import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ApiRoutes } from '../../shared/api/schemas';
import { IMPORT_LIMITS } from '../../shared/api/document-import';
import { documentRoom } from '../../shared/rooms';
import { forumAs, newKey } from '../forum/forum-testing';
import { CAST, buildCast, type Cast, type CastMember } from '../testing/cast';
import { readDocumentContent } from '../testing/document-text';
import { startTempServer } from '../testing/temp-server';

/** Importing Markdown as a new document: the server writes its content, only for those who may write. */
let context: Awaited<ReturnType<typeof startTempServer>>;
let cast: Cast;
const as = (who: CastMember) => forumAs(context.server.url, cast.tokens[who]);
const path = () => ApiRoutes.documentImport(cast.spaceId);

const MARKDOWN = [
  '# Adroddiad blynyddol: ŵ ŷ â',
  '',
  'See [the toolkit](https://example.org/toolkit) and [this](javascript:alert(1)).',
  '',
  '- Bilingual reading lists',
  '- Holiday food sessions',
  '',
  '> Libraries change lives.',
].join('\n');

beforeAll(async () => {
  context = await startTempServer();
  cast = await buildCast(context.server);
}, 60_000);
afterAll(() => context.cleanup());

async function content(documentId: string) {
  const room = await context.server.rooms.get(documentRoom(documentId));
  return readDocumentContent(Y.encodeStateAsUpdate(room.doc));
}

describe('importing a document', () => {
  it('makes a document whose content the server wrote from the Markdown', async () => {
    const answer = await as('member')('POST', path(), { title: 'Adroddiad', markdown: MARKDOWN }, newKey());
    expect(answer.status).toBe(201);
    const document = (answer.body as { document: { id: string; title: string; spaceId: string } }).document;
    expect(document.title).toBe('Adroddiad');
    expect(document.spaceId).toBe(cast.spaceId);
    const { text, types } = await content(document.id);
    expect(types).toEqual(['heading', 'paragraph', 'list:bullet', 'quote']);
    expect(text).toContain('Adroddiad blynyddol: ŵ ŷ â');
    expect(text).toContain('Holiday food sessions');
    const listed = await as('member')('GET', ApiRoutes.spaceDocuments(cast.spaceId));
    expect(JSON.stringify(listed.body)).toContain(document.id);
  });

  it('is allowed to writers only, refused before anything is stored', async () => {
    const before = context.server.directory.documents.inSpaces(new Set([cast.spaceId])).length;
    for (const who of CAST) {
      const answer = await as(who)('POST', path(), { title: `By ${who}`, markdown: 'Hello' }, newKey());
      const writes = ['serverAdmin', 'admin', 'moderator', 'member'].includes(who);
      if (writes) expect(answer.status, who).toBe(201);
      else expect([401, 403, 404], who).toContain(answer.status);
    }
    const after = context.server.directory.documents.inSpaces(new Set([cast.spaceId])).length;
    expect(after - before).toBe(4);
  });

  it('takes a long document, and refuses one over the limit or a body that is not one', async () => {
    const long = Array.from({ length: 2_000 }, (_, index) => `Paragraph ${index} of the annual report.`).join('\n\n');
    expect(long.length).toBeGreaterThan(64 * 1024);
    const ok = await as('member')('POST', path(), { title: 'Long', markdown: long }, newKey());
    expect(ok.status).toBe(201);
    const huge = 'x'.repeat(IMPORT_LIMITS.maxMarkdownChars + 1);
    const tooLong = await as('member')('POST', path(), { title: 'Huge', markdown: huge }, newKey());
    expect([400, 413]).toContain(tooLong.status);
    const overBody = 'x'.repeat(IMPORT_LIMITS.maxBodyBytes + 1);
    const tooBig = await as('member')('POST', path(), { title: 'Too big', markdown: overBody }, newKey());
    expect(tooBig.status).toBe(413);
    const signedOut = await fetch(context.server.url + path(), {
      method: 'POST',
      headers: { 'Content-Type': 'application/json' },
      body: JSON.stringify({ title: 'Nobody', markdown: 'x' }),
    });
    expect(signedOut.status).toBe(401);
    const missing = await as('member')('POST', path(), { title: 'No content' }, newKey());
    expect(missing.status).toBe(400);
    const notJson = await as('member')('POST', path(), '{"title": "Broken", "markdown": ', newKey());
    expect(notJson.status).toBe(400);
  });

  it('makes the same document once for one Idempotency-Key', async () => {
    const key = newKey();
    const first = await as('member')('POST', path(), { title: 'Once', markdown: 'Once only' }, key);
    const again = await as('member')('POST', path(), { title: 'Once', markdown: 'Once only' }, key);
    expect(again.replayed).toBe(true);
    expect(again.body).toEqual(first.body);
  });
});
