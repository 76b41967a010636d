import type { MiddlewareHandler } from 'hono';
import { MAX_HTTP_BODY_BYTES } from '../../shared/protocol';
import { fail, type Env } from './respond';

/** The most of a body over the limit that is read (and dropped) so that its connection can carry the next request. */
export const DRAIN_LIMIT_BYTES = 1024 * 1024;

/**
 * Reads every request body to its end before any route sees it, keeping at most the limit:
 * routes then read it from memory, and a refusal (a rate limit, a dotted path, a body over
 * the limit) is answered on a connection with nothing left unread on it. A body over
 * `DRAIN_LIMIT_BYTES`, or one that breaks off, is answered with `Connection: close`.
 *
 * Why not leave unread bodies to @hono/node-server: it drains them after answering and cuts
 * the connection if that takes over 500 ms, while a client told the connection lives on has
 * sent its next request on it, which then fails with "other side closed"; and (2.1.8) it can
 * start that drain on a body that has already ended, which then always cuts, 500 ms on,
 * under whatever the connection carries by then. Nor to hono's bodyLimit: it stops reading
 * at the limit, leaving the rest of the body to that drain.
 */
export const readWholeBody: MiddlewareHandler<Env> = readBodyUpTo(MAX_HTTP_BODY_BYTES);

/** The same, for a route that takes more (an imported document): what is over `DRAIN_LIMIT_BYTES` is kept, up to `limit`. */
export function readBodyUpTo(limit: number): MiddlewareHandler<Env> {
  const tooLarge = `Request bodies are limited to ${limit} bytes.`;
  const drainLimit = Math.max(DRAIN_LIMIT_BYTES, limit);
  return async (c, next) => {
    const body = c.req.raw.body;
    if (!body || c.req.method === 'GET' || c.req.method === 'HEAD') return next();
    if (Number(c.req.header('content-length')) > drainLimit) {
      c.header('Connection', 'close');
      return fail(c, 'payload_too_large', tooLarge);
    }
    const reader = body.getReader();
    const kept: Uint8Array[] = [];
    let size = 0;
    try {
      for (;;) {
        const { done, value } = await reader.read();
        if (done) break;
        size += value.byteLength;
        if (size <= limit) kept.push(value);
        else if (size > drainLimit) {
          c.header('Connection', 'close');
          return fail(c, 'payload_too_large', tooLarge);
        }
      }
    } catch {
      c.header('Connection', 'close');
      return fail(c, 'invalid_request', 'The request body did not arrive whole.');
    }
    if (size > limit) return fail(c, 'payload_too_large', tooLarge);
    c.req.raw = new Request(c.req.raw, { body: Buffer.concat(kept) });
    return next();
  };
}
