import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { documentRoom } from '../../../shared/rooms';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { chromiumPdfPrinter } from '../export/pdf';
import { sampleImages, sampleState } from '../export/testing-sample';
import { startTestHost, tempDir, unwrap } from '../testing/host';

/** Export and import through a real host and server: what the window's two calls do end to end. */
type Started = Awaited<ReturnType<typeof startTempServer>>;
type Host = Awaited<ReturnType<typeof startTestHost>>;

/** A file answer's value; a failure fails the test with its code. */
function fileValue<T>(answer: { ok: true; value: T } | { ok: false; error: string }): T {
  if (!answer.ok) throw new Error(`expected success, got ${answer.error}`);
  return answer.value;
}

let started: Started;
let host: Host;
let serverId: string;

beforeAll(async () => {
  started = await startTempServer();
  host = await startTestHost(await tempDir('document-files'), {
    documentFiles: { pdf: chromiumPdfPrinter(null), resolveImage: sampleImages },
  });
  serverId = unwrap(
    await host.handlers.servers.signIn({ url: started.server.url, email: ann.email, password: ann.password }),
  ).id;
});

afterAll(async () => {
  await host?.services.close();
  await started?.cleanup();
});

describe('documentFiles through the host', () => {
  it('exports a state as a named file, and says when PDF cannot be made', async () => {
    const request = { state: sampleState(), title: 'Adroddiad / 2026', authors: ['Ann'], language: 'cy' as const };
    const markdown = fileValue(await host.handlers.documentFiles.export({ ...request, format: 'markdown' }));
    expect(markdown).toMatchObject({ fileName: 'Adroddiad 2026.md', mimeType: 'text/markdown;charset=utf-8' });
    expect(new TextDecoder().decode(markdown.bytes)).toContain('| Branch | Visits |');
    expect(await host.handlers.documentFiles.export({ ...request, format: 'pdf' })).toEqual({
      ok: false,
      error: 'pdf_unavailable',
    });
  });

  it('imports a Markdown file as a new document the server wrote, listed on the device', async () => {
    const bytes = new TextEncoder().encode('# Cofnodion: ŵ ŷ â\n\n- Un\n- Dau\n');
    const { document, droppedImages } = fileValue(
      await host.handlers.documentFiles.import({ serverId, spaceId: started.spaceId, fileName: 'notes.md', bytes }),
    );
    expect(document.title).toBe('Cofnodion: ŵ ŷ â');
    expect(droppedImages).toBe(0);
    const room = await started.server.rooms.get(documentRoom(document.id));
    const text = room.doc.get('root-v2', Y.XmlText).toString();
    expect(text).toContain('Cofnodion: ŵ ŷ â');
    const listed = unwrap(await host.handlers.documents.list({ serverId, spaceId: started.spaceId }));
    expect(listed.documents.map((item) => item.id)).toContain(document.id);
  });

  it('refuses a file that is not what its name says, and a space one may not write in', async () => {
    const fake = { serverId, spaceId: started.spaceId, fileName: 'report.docx', bytes: new TextEncoder().encode('hi') };
    expect(await host.handlers.documentFiles.import(fake)).toEqual({ ok: false, error: 'not_docx' });
    const elsewhere = { ...fake, spaceId: 'spc_nosuchspace0000', fileName: 'a.md' };
    const refused = await host.handlers.documentFiles.import(elsewhere);
    expect(refused.ok).toBe(false);
  });
});
