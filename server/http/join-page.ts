import { Hono } from 'hono';
import { INVITE_PATH } from '../../shared/spaces/invite-link';
import type { Env } from './respond';
import { inviteCodeParam } from './validate';

/**
 * Where an invite link leads when someone opens it in a browser instead of the app: a plain
 * page, in English and Welsh, saying what to do. It reads nothing about the invite, so it
 * tells a passer-by nothing either.
 */
const PAGE = `<!doctype html>
<html lang="en">
<head><meta charset="utf-8"><meta name="viewport" content="width=device-width, initial-scale=1">
<title>Branchline invite</title>
<style>body{font:1.1rem/1.5 system-ui,sans-serif;max-width:40rem;margin:3rem auto;padding:0 1rem;color:#1b1b1b}h1{font-size:1.6rem}</style>
</head>
<body>
<main>
<h1>You’ve been invited to a Branchline space</h1>
<p>Open the Branchline app, choose <strong>Have an invite?</strong> (or <strong>Join a space with an invite</strong> once signed in), and paste this page’s address.</p>
<section lang="cy">
<h2>Rydych chi wedi cael gwahoddiad i ofod Branchline</h2>
<p>Agorwch ap Branchline, dewiswch <strong>Oes gennych chi wahoddiad?</strong> (neu <strong>Ymuno â gofod gyda gwahoddiad</strong> ar ôl mewngofnodi), a gludwch gyfeiriad y dudalen hon.</p>
</section>
</main>
</body>
</html>`;

export function joinPage(): Hono<Env> {
  const app = new Hono<Env>();
  app.get(`${INVITE_PATH}:code`, inviteCodeParam, (c) => {
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'");
    c.header('Referrer-Policy', 'no-referrer');
    return c.html(PAGE);
  });
  return app;
}
