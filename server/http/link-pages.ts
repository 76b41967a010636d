import { Hono, type Context } from 'hono';
import { appLink, DOCUMENT_PATH, documentLink } from '../../shared/links';
import { INVITE_PATH, inviteLink } from '../../shared/spaces/invite-link';
import type { Env } from './respond';
import { documentIdParam, inviteCodeParam } from './validate';

/**
 * Where a shared link leads when someone opens it in a browser instead of the app: a plain
 * page, in English and Welsh, saying what to do, with the app's own link to this page
 * (`branchline://open?link=…`, which the desktop app registers). The pages read nothing about
 * the invite or document the link names, so they tell a passer-by nothing either: a page for a
 * document that does not exist is the same as one for a document that does.
 */

const escapeHtml = (text: string) =>
  text.replace(/[&<>"']/g, (ch) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[ch]!);

/** The origin the request was sent to: its Host was checked by @hono/node-server, and the URL parser normalises it. */
const requestOrigin = (c: Context<Env>) => new URL(c.req.url).origin;

function page(title: string, english: string, welsh: string): string {
  return `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>${title}</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}h1{font-size:1.6rem}a{color:#1d4f91}</style>
</head>
<body>
<main>
${english}
<section lang="cy">
${welsh}
</section>
</main>
</body>
</html>`;
}

function answer(c: Context<Env>, html: string): Response {
  // Nothing to load and nothing to run; and the page's address (which holds an invite's code) goes nowhere else.
  c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
  c.header('Referrer-Policy', 'no-referrer');
  return c.html(html);
}

function joinPage(link: string): string {
  const app = escapeHtml(appLink(link));
  return page(
    'Branchline invite',
    `<h1>You’ve been invited to a Branchline space</h1>
<p><a href="${app}">Open in the Branchline app</a></p>
<p>Open the Branchline app, choose <strong>Have an invite?</strong> (or <strong>Join a space with an invite</strong> once signed in), and paste this page’s address.</p>`,
    `<h2>Rydych chi wedi cael gwahoddiad i ofod Branchline</h2>
<p><a href="${app}">Agor yn ap Branchline</a></p>
<p>Agorwch ap Branchline, dewiswch <strong>Oes gennych chi wahoddiad?</strong> (neu <strong>Ymuno â gofod gyda gwahoddiad</strong> ar ôl mewngofnodi), a gludwch gyfeiriad y dudalen hon.</p>`,
  );
}

function documentPage(link: string): string {
  const app = escapeHtml(appLink(link));
  return page(
    'Branchline document',
    `<h1>This is a link to a document in Branchline</h1>
<p><a href="${app}">Open in the Branchline app</a></p>
<p>Using Branchline in a web browser? Copy this page’s address and paste it into Branchline’s quick find (<kbd>Ctrl</kbd>+<kbd>K</kbd>).</p>`,
    `<h2>Dolen i ddogfen yn Branchline yw hon</h2>
<p><a href="${app}">Agor yn ap Branchline</a></p>
<p>Yn defnyddio Branchline mewn porwr gwe? Copïwch gyfeiriad y dudalen hon a’i ludo i mewn i ganfod cyflym Branchline (<kbd>Ctrl</kbd>+<kbd>K</kbd>).</p>`,
  );
}

/** GET /join/:code and GET /d/:documentId: no session needed, and nothing looked up. */
export function linkPages(): Hono<Env> {
  const app = new Hono<Env>();
  app.get(`${INVITE_PATH}:code`, inviteCodeParam, (c) =>
    answer(c, joinPage(inviteLink(requestOrigin(c), c.req.valid('param').code))),
  );
  app.get(`${DOCUMENT_PATH}:documentId`, documentIdParam, (c) =>
    answer(c, documentPage(documentLink(requestOrigin(c), c.req.valid('param').documentId))),
  );
  return app;
}
