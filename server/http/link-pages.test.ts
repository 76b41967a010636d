import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { appLink, documentLink } from '../../shared/links';
import { inviteLink } from '../../shared/spaces/invite-link';
import { createDocument, signIn } from '../testing/clients';
import { rawRequest } from '../testing/http-attacks';
import { ann, startTempServer } from '../testing/temp-server';

/** The pages a shared link opens in a browser: /d/<documentId> and /join/<code>. */
describe('link pages', () => {
  let context: Awaited<ReturnType<typeof startTempServer>>;
  let url: string;
  let documentId: string;
  let code: string;
  const title = 'Secret reading offer 2027';

  beforeAll(async () => {
    context = await startTempServer();
    url = context.server.url;
    const token = await signIn(url, ann.email, ann.password);
    documentId = await createDocument(url, token, title, context.spaceId);
    const invite = await fetch(`${url}/api/spaces/${context.spaceId}/invites`, {
      method: 'POST',
      headers: { 'Content-Type': 'application/json', Authorization: `Bearer ${token}` },
      body: JSON.stringify({ role: 'member', expiresInHours: 1, singleUse: true }),
    });
    ({ code } = (await invite.json()) as { code: string });
  });
  afterAll(() => context.cleanup());

  async function open(path: string) {
    const response = await fetch(url + path);
    return { response, html: await response.text() };
  }

  function expectPlainPage(response: Response) {
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toContain('text/html');
    expect(response.headers.get('content-security-policy')).toBe("default-src 'none'; style-src 'unsafe-inline'");
    expect(response.headers.get('referrer-policy')).toBe('no-referrer');
    expect(response.headers.get('cache-control')).toBe('no-store');
  }

  /** The href of every "open in the app" link on the page. */
  const appHrefs = (html: string) => [...html.matchAll(/<a href="([^"]*)">/g)].map((match) => match[1]);

  it('says a document link is one, offering the app’s own link to this very page, in English and Welsh', async () => {
    const { response, html } = await open(`/d/${documentId}`);
    expectPlainPage(response);
    expect(html).toContain('This is a link to a document in Branchline');
    expect(html).toContain('Open in the Branchline app');
    expect(html).toContain('Ctrl</kbd>+<kbd>K');
    expect(html).toMatch(/<section lang="cy">[\s\S]*Dolen i ddogfen yn Branchline yw hon[\s\S]*Agor yn ap Branchline/);
    const link = appLink(documentLink(url, documentId));
    expect(link).toBe(`branchline://open?link=${encodeURIComponent(`${url}/d/${documentId}`)}`);
    expect(appHrefs(html)).toEqual([link, link]);
  });

  it('tells a passer-by nothing about the document: the page is the same whether it exists or not', async () => {
    const { html } = await open(`/d/${documentId}`);
    expect(html).not.toContain(title);
    expect(html).not.toContain('South West committee');
    const missing = 'dNoSuchDocument01';
    const other = await open(`/d/${missing}`);
    expectPlainPage(other.response);
    expect(other.html.replaceAll(encodeURIComponent(missing), 'ID')).toBe(
      html.replaceAll(encodeURIComponent(documentId), 'ID'),
    );
  });

  it('answers an id that is not a document id with 404, reading nothing', async () => {
    for (const bad of ['short', 'a%2Fb1234567', '%3Cscript%3E', 'x'.repeat(65)]) {
      const response = await fetch(`${url}/d/${bad}`);
      expect(response.status, bad).toBe(404);
      expect(await response.json()).toMatchObject({ error: 'not_found' });
    }
  });

  it('builds the page’s own address from the Host the request was sent to, and refuses one that is not a host', async () => {
    const { port } = new URL(url);
    const get = (host: string) =>
      rawRequest(url, `GET /d/${documentId} HTTP/1.1\r\nHost: ${host}\r\nConnection: close\r\n\r\n`);
    const named = await get(`localhost:${port}`);
    expect(named.status).toBe(200);
    const link = appLink(documentLink(`http://localhost:${port}`, documentId));
    expect(appHrefs(named.body)).toEqual([link, link]);
    for (const host of ['evil.example"><script>alert(1)</script>', 'a b', 'x.example/d/other?']) {
      const refused = await get(host);
      expect(refused.status, host).toBe(400);
      expect(refused.body).not.toContain('<script>');
    }
  });

  it('gives the invite page the same link into the app, leading to the join flow', async () => {
    const { response, html } = await open(`/join/${code}`);
    expectPlainPage(response);
    expect(html).toContain('You’ve been invited to a Branchline space');
    expect(html).toMatch(/<section lang="cy">[\s\S]*Agor yn ap Branchline[\s\S]*Ymuno â gofod/);
    const link = appLink(inviteLink(url, code));
    expect(appHrefs(html)).toEqual([link, link]);
    // The page read nothing about the invite: it is still unused, and says nothing of its space.
    expect(html).not.toContain('South West committee');
    expect((await fetch(`${url}/api/invites/${code}`)).status).toBe(200);
  });
});
