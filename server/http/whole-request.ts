import type { MiddlewareHandler } from 'hono';
import { MAX_HTTP_BODY_BYTES } from '../../shared/protocol';
import type { Env } from './respond';

/**
 * Sends an answer only once its request body has been read to its end, also when the route
 * refused it without reading (a rate limit, a dotted path, a wrong content type). Otherwise
 * @hono/node-server reads the rest after answering and cuts the connection if that takes
 * over 500 ms, which a busy moment (or a slow link) can make it: the client, told the
 * connection lives on, has sent its next request on it by then, and that request fails with
 * "other side closed". Having arrived is not enough: a body nobody read can sit paused in
 * the request stream, and the drain waits on that too. A body declared over the limit is not
 * read: its 413 goes out at once and the drain takes it.
 */
export const answerAfterWholeRequest: MiddlewareHandler<Env> = async (c, next) => {
  await next();
  const incoming = c.env?.incoming;
  // GET and HEAD carry no body here (nor does the drain look at them).
  if (!incoming || incoming.readableEnded || c.req.method === 'GET' || c.req.method === 'HEAD') return;
  if (Number(c.req.header('content-length')) > MAX_HTTP_BODY_BYTES) return;
  // Unread, the body is read here; read already (or cut by the body limit), this throws, which is the same to us.
  await c.req.arrayBuffer().catch(() => undefined);
};
