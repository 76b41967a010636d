import { afterAll, beforeAll, expect, it } from 'vitest';
import { imageSrc } from '../../../shared/editor/image-node';
import { ann, startTempServer } from '../../../server/testing/temp-server';
import { fillFromMarkdown } from '../export/markdown';
import { yjsFromEditor } from '../export/headless-document';
import { SAMPLE_PNG } from '../export/testing-sample';
import { startTestHost, tempDir, unwrap } from '../testing/host';

/** An exported file carries the document's images as this device keeps them (no stand-in for the image cache). */
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
  host = await startTestHost(await tempDir('document-files-images'));
  serverId = unwrap(
    await host.handlers.servers.signIn({ url: started.server.url, email: ann.email, password: ann.password }),
  ).id;
});

afterAll(async () => {
  await host?.services.close();
  await started?.cleanup();
});

it('an image pasted into a document is in its HTML export, read from the device; without its place, its alt text', async () => {
  const place = { serverId, spaceId: started.spaceId };
  const { hash } = unwrap(await host.handlers.images.put({ ...place, bytes: SAMPLE_PNG }));
  const state = yjsFromEditor((editor) =>
    fillFromMarkdown(editor, `# Lluniau\n\n![Grŵp darllen](${imageSrc(hash)})\n`),
  );
  const request = { state, format: 'html' as const, title: 'Lluniau', authors: [], language: 'cy' as const };

  const withImages = fileValue(await host.handlers.documentFiles.export({ ...request, imagesFrom: place }));
  const html = new TextDecoder().decode(withImages.bytes);
  expect(html).toContain(`src="data:image/png;base64,${Buffer.from(SAMPLE_PNG).toString('base64')}"`);
  expect(html).toContain('alt="Grŵp darllen"');

  const without = new TextDecoder().decode(fileValue(await host.handlers.documentFiles.export(request)).bytes);
  expect(without).not.toContain('data:image/png');
  expect(without).toContain('Grŵp darllen');
});
