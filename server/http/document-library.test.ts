import { readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { ApiRoutes, type DocumentMeta } from '../../shared/api/schemas';
import type { SpaceTemplate } from '../../shared/api/document-library';
import { documentRoom } from '../../shared/rooms';
import { newKey } from '../forum/forum-testing';
import { apiAs, buildCast, CAST, type Cast, type CastMember } from '../testing/cast';
import { connectClient, waitFor } from '../testing/clients';
import { readDocumentContent } from '../testing/document-text';
import { startTempServer } from '../testing/temp-server';

/**
 * The document library's routes: every role × every route (who may, everyone else refused
 * with nothing stored changed), then what each does: bin and restore (also at once), emptying
 * the bin, duplicates, templates in English and Welsh, space templates and translation links.
 */

const writers: CastMember[] = ['serverAdmin', 'admin', 'moderator', 'member'];
const viewers: CastMember[] = [...writers, 'observer'];
const managers: CastMember[] = ['serverAdmin', 'admin'];

let context: Awaited<ReturnType<typeof startTempServer>>;
let cast: Cast;
const as = (who: CastMember) => apiAs(context.server.url, cast.tokens[who]);
const documents = () => context.server.directory.documents;

async function makeDocument(title: string, body: Record<string, unknown> = {}): Promise<DocumentMeta> {
  const made = await as('admin')('POST', ApiRoutes.spaceDocuments(cast.spaceId), { title, ...body });
  expect(made.status).toBe(201);
  return (made.body as { document: DocumentMeta }).document;
}

async function textOf(documentId: string): Promise<string> {
  const room = await context.server.rooms.get(documentRoom(documentId));
  return readDocumentContent(Y.encodeStateAsUpdate(room.doc)).text;
}

async function storedState() {
  const { file } = context.server.directory;
  await file.flush();
  const stored = path.join(context.dataDir, 'accounts.json');
  const { ino, mtimeMs } = await stat(stored);
  return { ino, mtimeMs, bytes: await readFile(stored, 'utf8'), memory: JSON.stringify(file.data) };
}

type Row = {
  action: string;
  allowed: CastMember[];
  prepare?(): Promise<string>;
  run(who: CastMember, prepared: string): Promise<number>;
  undo?(prepared: string): Promise<void>;
};

const rows: Row[] = [
  {
    action: 'move a document to the bin',
    allowed: writers,
    prepare: async () => (await makeDocument('To bin')).id,
    run: async (who, id) => (await as(who)('POST', ApiRoutes.documentBin(id))).status,
  },
  {
    action: 'restore a document from the bin',
    allowed: writers,
    prepare: async () => {
      const id = (await makeDocument('To restore')).id;
      await as('admin')('POST', ApiRoutes.documentBin(id));
      return id;
    },
    run: async (who, id) => (await as(who)('POST', ApiRoutes.documentRestore(id))).status,
  },
  {
    action: 'list the bin',
    allowed: viewers,
    run: async (who) => (await as(who)('GET', ApiRoutes.spaceBin(cast.spaceId))).status,
  },
  {
    action: 'empty the bin',
    allowed: managers,
    prepare: async () => {
      const id = (await makeDocument('To delete')).id;
      await as('admin')('POST', ApiRoutes.documentBin(id));
      return id;
    },
    run: async (who, id) =>
      (await as(who)('POST', ApiRoutes.spaceBinEmpty(cast.spaceId), { documentIds: [id] })).status,
  },
  {
    action: 'duplicate a document',
    allowed: writers,
    run: async (who) => (await as(who)('POST', ApiRoutes.documentDuplicate(cast.documentId))).status,
  },
  {
    action: 'change a document’s language',
    allowed: writers,
    run: async (who) => (await as(who)('PATCH', ApiRoutes.document(cast.documentId), { language: 'cy' })).status,
    undo: async () => void (await as('admin')('PATCH', ApiRoutes.document(cast.documentId), { language: 'en' })),
  },
  {
    action: 'link a translation',
    allowed: writers,
    prepare: async () => (await makeDocument('Cyfieithiad')).id,
    run: async (who, id) =>
      (await as(who)('PUT', ApiRoutes.documentTranslation(cast.documentId), { translationId: id })).status,
  },
  {
    action: 'unlink a translation',
    allowed: writers,
    prepare: async () => {
      const id = (await makeDocument('Cyfieithiad')).id;
      await as('admin')('PUT', ApiRoutes.documentTranslation(cast.documentId), { translationId: id });
      return id;
    },
    run: async (who) => (await as(who)('DELETE', ApiRoutes.documentTranslation(cast.documentId))).status,
  },
  {
    action: 'list the space’s templates',
    allowed: viewers,
    run: async (who) => (await as(who)('GET', ApiRoutes.spaceTemplates(cast.spaceId))).status,
  },
  {
    action: 'save a document as a template',
    allowed: managers,
    run: async (who) =>
      (await as(who)('POST', ApiRoutes.documentSaveAsTemplate(cast.documentId), { title: `By ${who}` })).status,
  },
  {
    action: 'remove a space template',
    allowed: managers,
    prepare: async () => {
      const saved = await as('admin')('POST', ApiRoutes.documentSaveAsTemplate(cast.documentId), { title: 'Gone' });
      return (saved.body as { template: SpaceTemplate }).template.id;
    },
    run: async (who, id) => (await as(who)('DELETE', ApiRoutes.spaceTemplate(cast.spaceId, id))).status,
  },
  {
    action: 'create a document from a template',
    allowed: writers,
    run: async (who) =>
      (
        await as(who)('POST', ApiRoutes.spaceDocuments(cast.spaceId), {
          title: `Plan by ${who}`,
          template: 'project-plan',
          language: 'cy',
        })
      ).status,
  },
];

beforeAll(async () => {
  context = await startTempServer();
  cast = await buildCast(context.server);
}, 60_000);
afterAll(() => context.cleanup());

describe('the document library’s role matrix', () => {
  for (const row of rows) {
    for (const who of CAST) {
      const allowed = row.allowed.includes(who);
      it(`${who} ${allowed ? 'may' : 'may not'} ${row.action}`, async () => {
        const prepared = (await row.prepare?.()) ?? '';
        const before = await storedState();
        const status = await row.run(who, prepared);
        if (allowed) expect([200, 201, 204]).toContain(status);
        else {
          expect(status).toBe(403);
          expect(await storedState(), 'accounts.json or memory changed').toEqual(before);
        }
        await row.undo?.(prepared);
      });
    }
  }
});

describe('the bin', () => {
  it('hides a binned document from lists, makes it read-only, and restores it', async () => {
    const made = await makeDocument('Binned minutes');
    const binned = await as('member')('POST', ApiRoutes.documentBin(made.id));
    expect(binned.body).toMatchObject({ document: { binnedBy: cast.userIds.member }, access: 'read' });
    const listed = (await as('member')('GET', ApiRoutes.spaceDocuments(cast.spaceId))).body as {
      documents: DocumentMeta[];
    };
    expect(listed.documents.map((document) => document.id)).not.toContain(made.id);
    const bin = (await as('observer')('GET', ApiRoutes.spaceBin(cast.spaceId))).body as { documents: DocumentMeta[] };
    expect(bin.documents.map((document) => document.id)).toContain(made.id);
    // Read-only while binned: no rename, and the document's own access says so.
    expect((await as('member')('PATCH', ApiRoutes.document(made.id), { title: 'No' })).status).toBe(403);
    expect(((await as('member')('GET', ApiRoutes.document(made.id))).body as { access: string }).access).toBe('read');
    const restored = await as('member')('POST', ApiRoutes.documentRestore(made.id));
    expect(restored.body).toMatchObject({ document: { binnedAt: null }, access: 'write' });
  });

  it('bins once when asked twice at the same moment, and restores once', async () => {
    const made = await makeDocument('Twice');
    const answers = await Promise.all([
      as('member')('POST', ApiRoutes.documentBin(made.id)),
      as('admin')('POST', ApiRoutes.documentBin(made.id)),
    ]);
    expect(answers.map((answer) => answer.status)).toEqual([200, 200]);
    const stored = documents().find(made.id)!;
    const first = (answers[0]!.body as { document: DocumentMeta }).document;
    expect(stored.binnedAt).toBe(first.binnedAt);
    const restores = await Promise.all([
      as('member')('POST', ApiRoutes.documentRestore(made.id)),
      as('moderator')('POST', ApiRoutes.documentRestore(made.id)),
    ]);
    expect(restores.map((answer) => answer.status)).toEqual([200, 200]);
    expect(documents().find(made.id)!.binnedAt).toBeNull();
  });

  it('empties only what is still in the bin, once, even when two admins empty it at once', async () => {
    const gone = await makeDocument('Gone for good');
    const kept = await makeDocument('Restored before emptying');
    for (const document of [gone, kept]) await as('member')('POST', ApiRoutes.documentBin(document.id));
    await as('member')('POST', ApiRoutes.documentRestore(kept.id));
    const ids = [gone.id, kept.id];
    const [one, two] = await Promise.all([
      as('admin')('POST', ApiRoutes.spaceBinEmpty(cast.spaceId), { documentIds: ids }),
      as('serverAdmin')('POST', ApiRoutes.spaceBinEmpty(cast.spaceId), { documentIds: ids }),
    ]);
    const deleted = [...(one!.body as { deleted: string[] }).deleted, ...(two!.body as { deleted: string[] }).deleted];
    expect(deleted).toEqual([gone.id]);
    expect(documents().find(gone.id)).toBeUndefined();
    expect(documents().find(kept.id)).toBeDefined();
    expect((await as('admin')('GET', ApiRoutes.document(gone.id))).status).toBe(404);
  });

  it('refuses to empty documents that were never binned, deleting nothing', async () => {
    const made = await makeDocument('Not binned');
    const answer = await as('admin')('POST', ApiRoutes.spaceBinEmpty(cast.spaceId), { documentIds: [made.id] });
    expect(answer.body).toEqual({ deleted: [] });
    expect(documents().find(made.id)).toBeDefined();
  });
});

describe('duplicates, templates and translations', () => {
  it('duplicates a document with its content, as “Copy of …”', async () => {
    const made = await makeDocument('Event plan', { template: 'event-plan' });
    const copy = await as('member')('POST', ApiRoutes.documentDuplicate(made.id), undefined);
    expect(copy.status).toBe(201);
    const document = (copy.body as { document: DocumentMeta }).document;
    expect(document.title).toBe('Copy of Event plan');
    expect(document.createdBy).toBe(cast.userIds.member);
    expect(await textOf(document.id)).toBe(await textOf(made.id));
    expect(await textOf(document.id)).toContain('Accessibility');
  });

  it('writes each built-in template in the document’s language', async () => {
    const english = await makeDocument('Case study', { template: 'case-study', language: 'en' });
    const welsh = await makeDocument('Astudiaeth achos', { template: 'case-study', language: 'cy' });
    expect(english.language).toBe('en');
    expect(welsh.language).toBe('cy');
    const en = await textOf(english.id);
    for (const heading of ['Context', 'What we did', 'Who it reached', 'Outcomes and evidence', 'Costs', 'Contact'])
      expect(en).toContain(heading);
    const cy = await textOf(welsh.id);
    for (const heading of ['Cyd-destun', 'Beth wnaethon ni', 'Canlyniadau a thystiolaeth', 'Costau', 'Cyswllt'])
      expect(cy).toContain(heading);
    expect(cy).not.toContain('What we did');
    for (const template of ['meeting-notes', 'project-plan', 'event-plan', 'funding-bid'])
      for (const language of ['en', 'cy']) await makeDocument(`${template} ${language}`, { template, language });
    const unknown = await as('admin')('POST', ApiRoutes.spaceDocuments(cast.spaceId), {
      title: 'x',
      template: 'no-such-template',
    });
    expect(unknown.status).toBe(404);
  });

  it('saves a document as the space’s template, offers it, and makes documents from it', async () => {
    const source = await makeDocument('Our minutes', { template: 'meeting-notes', language: 'cy' });
    const saved = await as('admin')('POST', ApiRoutes.documentSaveAsTemplate(source.id), { title: 'Our minutes' });
    expect(saved.status).toBe(201);
    const template = (saved.body as { template: SpaceTemplate }).template;
    expect(template.language).toBe('cy');
    const listed = (await as('observer')('GET', ApiRoutes.spaceTemplates(cast.spaceId))).body as {
      templates: SpaceTemplate[];
    };
    expect(listed.templates.map((each) => each.id)).toContain(template.id);
    const made = await makeDocument('From ours', { template: template.id });
    expect(made.language).toBe('cy');
    expect(await textOf(made.id)).toBe(await textOf(source.id));
    // Another space's template id is not this space's.
    const elsewhere = await as('admin')('POST', ApiRoutes.spaceDocuments(cast.otherSpaceId), {
      title: 'x',
      template: template.id,
    });
    expect(elsewhere.status).toBe(404);
    expect((await as('admin')('DELETE', ApiRoutes.spaceTemplate(cast.spaceId, template.id))).status).toBe(204);
    expect((await as('admin')('DELETE', ApiRoutes.spaceTemplate(cast.spaceId, template.id))).status).toBe(404);
  });

  it('links translations both ways, relinks, and either side unlinks', async () => {
    const en = await makeDocument('Summer reading', { language: 'en' });
    const cy = await makeDocument('Darllen yr haf', { language: 'cy' });
    const third = await makeDocument('Darllen yr haf 2', { language: 'cy' });
    await as('member')('PUT', ApiRoutes.documentTranslation(en.id), { translationId: cy.id });
    expect(documents().find(cy.id)!.translationId).toBe(en.id);
    expect(documents().find(en.id)!.translationId).toBe(cy.id);
    await as('member')('PUT', ApiRoutes.documentTranslation(third.id), { translationId: en.id });
    expect(documents().find(cy.id)!.translationId).toBeNull();
    expect(documents().find(en.id)!.translationId).toBe(third.id);
    await as('member')('DELETE', ApiRoutes.documentTranslation(en.id));
    expect(documents().find(third.id)!.translationId).toBeNull();
    expect(documents().find(en.id)!.translationId).toBeNull();
    const self = await as('member')('PUT', ApiRoutes.documentTranslation(en.id), { translationId: en.id });
    expect(self.status).toBe(400);
    // One in a space the person cannot write in is refused.
    const archived = await as('member')('PUT', ApiRoutes.documentTranslation(en.id), {
      translationId: cast.archivedDocumentId,
    });
    expect(archived.status).toBe(403);
  });

  it('sends a change twice with one Idempotency-Key and duplicates once', async () => {
    const key = newKey();
    const send = () =>
      fetch(context.server.url + ApiRoutes.documentDuplicate(cast.documentId), {
        method: 'POST',
        headers: { Authorization: `Bearer ${cast.tokens.member}`, 'Idempotency-Key': key },
      });
    const first = await send();
    const again = await send();
    expect(first.status).toBe(201);
    const [a, b] = [
      (await first.json()) as { document: DocumentMeta },
      (await again.json()) as { document: DocumentMeta },
    ];
    expect(b.document.id).toBe(a.document.id);
  });
});

describe('who edited, and a binned document’s room', () => {
  it('keeps who edited from the sockets that sent the changes, and refuses writes to a binned document', async () => {
    const made = await makeDocument('Edited by two');
    const member = await connectClient(context.server.url, made.id, cast.tokens.member);
    const moderator = await connectClient(context.server.url, made.id, cast.tokens.moderator);
    try {
      member.text.insert(0, 'member wrote ');
      await waitFor(() => documents().find(made.id)!.lastEditedBy === cast.userIds.member, 'the member as editor');
      // The room tells at most once a second: the moderator's edit is kept at the next telling.
      await new Promise((resolve) => setTimeout(resolve, 1100));
      moderator.text.insert(0, 'moderator wrote ');
      await waitFor(
        () => documents().find(made.id)!.lastEditedBy === cast.userIds.moderator,
        'the moderator as editor',
      );
      expect(documents().find(made.id)!.recentEditors).toEqual([cast.userIds.moderator, cast.userIds.member]);

      await as('member')('POST', ApiRoutes.documentBin(made.id));
      const room = await context.server.rooms.get(documentRoom(made.id));
      await waitFor(() => room.doc.getText('test').toString().includes('moderator wrote'), 'the edits stored');
      const before = room.doc.getText('test').toString();
      // The member's socket is told to reconnect read-only; whatever it sends meanwhile is dropped.
      const again = await connectClient(context.server.url, made.id, cast.tokens.member);
      again.text.insert(0, 'written in the bin ');
      await new Promise((resolve) => setTimeout(resolve, 300));
      expect(room.doc.getText('test').toString()).toBe(before);
      again.close();
    } finally {
      member.close();
      moderator.close();
    }
  });
});
