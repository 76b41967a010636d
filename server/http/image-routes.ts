import { createHash } from 'node:crypto';
import { Hono, type Context } from 'hono';
import { SpaceId } from '../../shared/ids';
import { ImageHash, MAX_IMAGE_BYTES, sniffImageType } from '../../shared/media/images';
import type { ImageStore } from '../storage/image-store';
import type { ApiDeps } from './api';
import { spaceAccess } from './guard';
import { fail, type Env } from './respond';
import { pathParams } from './validate';

const imageParams = pathParams({ spaceId: SpaceId, hash: ImageHash });

/** An image upload reads its raw body itself (api.ts leaves it unread for it); every other route reads JSON. */
export const isImageUpload = (c: Context) =>
  c.req.method === 'PUT' && /^\/api\/spaces\/[^/]+\/images\/[^/]+$/.test(c.req.path);

const tooBig = `An image may be at most ${MAX_IMAGE_BYTES / (1024 * 1024)} MiB.`;
const notAnImage = 'That is not a PNG, JPEG, GIF or WebP image.';

type Body = { ok: true; bytes: Uint8Array } | { ok: false; error: 'too_big' | 'broken' };

/** Reads a body up to `limit` bytes, counting as it reads: a body over it is abandoned, not stored. */
async function readLimited(body: ReadableStream<Uint8Array> | null, limit: number): Promise<Body> {
  if (!body) return { ok: true, bytes: new Uint8Array() };
  const reader = body.getReader();
  const parts: Uint8Array[] = [];
  let size = 0;
  try {
    for (;;) {
      const { done, value } = await reader.read();
      if (done) break;
      size += value.byteLength;
      if (size > limit) {
        void reader.cancel().catch(() => undefined);
        return { ok: false, error: 'too_big' };
      }
      parts.push(value);
    }
  } catch {
    return { ok: false, error: 'broken' };
  }
  return { ok: true, bytes: Buffer.concat(parts) };
}

/**
 * Images in a space's documents. PUT stores the body under its sha256 (the URL names it, so
 * sending it twice, or two people at once, stores one image and needs no Idempotency-Key);
 * who may write in the space may upload, who may view may read. The type is read from the
 * bytes: a body that is not a PNG, JPEG, GIF or WebP, whatever its Content-Type says, is refused.
 */
export function imageRoutes(deps: ApiDeps & { images: ImageStore }): Hono<Env> {
  const { directory, images } = deps;
  const app = new Hono<Env>();

  app.put('/api/spaces/:spaceId/images/:hash', imageParams, spaceAccess(directory, 'write'), async (c) => {
    const { spaceId, hash } = c.req.valid('param');
    if (Number(c.req.header('content-length')) > MAX_IMAGE_BYTES) {
      c.header('Connection', 'close');
      return fail(c, 'payload_too_large', tooBig);
    }
    const body = await readLimited(c.req.raw.body, MAX_IMAGE_BYTES);
    if (!body.ok) {
      c.header('Connection', 'close');
      return body.error === 'too_big'
        ? fail(c, 'payload_too_large', tooBig)
        : fail(c, 'invalid_request', 'The image did not arrive whole.');
    }
    const type = sniffImageType(body.bytes);
    if (!type) return fail(c, 'invalid_request', notAnImage);
    if (createHash('sha256').update(body.bytes).digest('hex') !== hash)
      return fail(c, 'invalid_request', 'The image’s bytes do not match the name it was sent under.');
    // Asked again after reading: the person may have been removed, or the space archived, meanwhile.
    const allowed = c.var.allowedNow();
    if (allowed instanceof Response) return allowed;
    const existed = await images.has(spaceId, hash);
    const stored = await images.put(spaceId, hash, body.bytes);
    return c.json(stored, existed ? 200 : 201);
  });

  app.get('/api/spaces/:spaceId/images/:hash', imageParams, spaceAccess(directory, 'view'), async (c) => {
    const { spaceId, hash } = c.req.valid('param');
    const found = await images.get(spaceId, hash);
    if (!found) return fail(c, 'not_found', 'This space holds no such image.');
    return c.body(found.bytes as Uint8Array<ArrayBuffer>, 200, {
      'Content-Type': found.type,
      'Content-Length': String(found.bytes.byteLength),
      // Shown only as an image: never run as a page, whatever a browser makes of it.
      'Content-Security-Policy': "default-src 'none'; sandbox",
    });
  });

  return app;
}
