import { createHash } from 'node:crypto';
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiRoutes } from '../../shared/api/routes';
import { MAX_IMAGE_BYTES } from '../../shared/media/images';
import { buildCast, CAST, type Cast, type CastMember } from '../testing/cast';
import { GIF_1PX, JPEG_START, PNG_1PX, sha256, WEBP_START } from '../testing/image-bytes';
import { startTempServer } from '../testing/temp-server';

let context: Awaited<ReturnType<typeof startTempServer>>;
let cast: Cast;

const writers: CastMember[] = ['serverAdmin', 'admin', 'moderator', 'member'];
const viewers: CastMember[] = [...writers, 'observer'];

async function put(who: CastMember, spaceId: string, hash: string, body: Uint8Array, type = 'image/png') {
  const response = await fetch(context.server.url + ApiRoutes.spaceImage(spaceId, hash), {
    method: 'PUT',
    headers: { Authorization: `Bearer ${cast.tokens[who]}`, 'Content-Type': type },
    body,
  });
  const json = (await response.json()) as { error?: string; message?: string; hash?: string; type?: string };
  return { status: response.status, json };
}

async function get(who: CastMember, target: string) {
  const response = await fetch(context.server.url + target, {
    headers: { Authorization: `Bearer ${cast.tokens[who]}` },
  });
  return { status: response.status, headers: response.headers, bytes: Buffer.from(await response.arrayBuffer()) };
}

/** Every file under the data folder's images, scratch files included: what a refused upload must not leave. */
async function storedFiles(): Promise<string[]> {
  const root = path.join(context.dataDir, 'images');
  return readdir(root, { recursive: true }).catch(() => [] as string[]);
}

beforeAll(async () => {
  context = await startTempServer();
  cast = await buildCast(context.server);
});
afterAll(() => context.cleanup());

describe('image uploads and reads, per space', () => {
  it('lets writers upload and viewers read; refuses everyone else before reading anything', async () => {
    const hash = sha256(PNG_1PX);
    for (const who of CAST) {
      const answer = await put(who, cast.spaceId, hash, PNG_1PX);
      expect([answer.status, who]).toEqual([writers.includes(who) ? (who === 'serverAdmin' ? 201 : 200) : 403, who]);
    }
    for (const who of CAST) {
      const read = await get(who, ApiRoutes.spaceImage(cast.spaceId, hash));
      expect([read.status, who]).toEqual([viewers.includes(who) ? 200 : 403, who]);
      if (read.status !== 200) continue;
      expect(read.headers.get('content-type')).toBe('image/png');
      expect(read.headers.get('x-content-type-options')).toBe('nosniff');
      expect(read.bytes.equals(PNG_1PX)).toBe(true);
    }
    // Nobody may write in an archived space, nor upload to a space they are not in.
    expect((await put('admin', cast.archivedSpaceId, hash, PNG_1PX)).status).toBe(403);
    expect((await get('outsider', ApiRoutes.spaceImage(cast.otherSpaceId, hash))).status).toBe(403);
    // Stored per space: the other space does not hold it.
    expect((await get('admin', ApiRoutes.spaceImage(cast.otherSpaceId, hash))).status).toBe(404);
  });

  it('takes GIF, JPEG and WebP by their bytes, and serves each with its own type', async () => {
    for (const [bytes, type] of [
      [GIF_1PX, 'image/gif'],
      [JPEG_START, 'image/jpeg'],
      [WEBP_START, 'image/webp'],
    ] as const) {
      const answer = await put('member', cast.spaceId, sha256(bytes), bytes, 'application/octet-stream');
      expect(answer.status).toBe(201);
      expect(answer.json.type).toBe(type);
      expect(
        (await get('observer', ApiRoutes.spaceImage(cast.spaceId, sha256(bytes)))).headers.get('content-type'),
      ).toBe(type);
    }
  });

  it('refuses what is not an image, one that lies about its type, one too big, or bytes under another name; stores nothing', async () => {
    const before = await storedFiles();
    const html = Buffer.from('<html><script>alert(1)</script></html>');
    const notImage = await put('member', cast.spaceId, sha256(html), html, 'image/png');
    expect(notImage.status).toBe(400);
    expect(notImage.json.message).toMatch(/not a PNG, JPEG, GIF or WebP/);

    // An SVG (script-capable) sent as a PNG: its bytes say otherwise.
    const svg = Buffer.from('<svg xmlns="http://www.w3.org/2000/svg" onload="alert(1)"/>');
    expect((await put('member', cast.spaceId, sha256(svg), svg, 'image/png')).status).toBe(400);

    // A PNG's first bytes followed by anything still must be what its name says.
    const wrongName = await put('member', cast.spaceId, sha256(GIF_1PX).replace(/^./, '0'), PNG_1PX);
    expect(wrongName.status).toBe(400);

    const big = Buffer.concat([PNG_1PX, Buffer.alloc(MAX_IMAGE_BYTES)]);
    const tooBig = await put('member', cast.spaceId, sha256(big), big);
    expect(tooBig.status).toBe(413);

    // Too big without a Content-Length (streamed): refused while reading.
    const streamed = await fetch(context.server.url + ApiRoutes.spaceImage(cast.spaceId, sha256(big)), {
      method: 'PUT',
      headers: { Authorization: `Bearer ${cast.tokens.member}` },
      body: new ReadableStream({
        start(controller) {
          for (let offset = 0; offset < big.length; offset += 1024 * 1024)
            controller.enqueue(big.subarray(offset, offset + 1024 * 1024));
          controller.close();
        },
      }),
      duplex: 'half',
    } as RequestInit);
    expect(streamed.status).toBe(413);
    expect(await storedFiles()).toEqual(before);
  });

  it('refuses ids that try to leave the folder, before touching the disk', async () => {
    const before = await storedFiles();
    for (const target of [
      `/api/spaces/${cast.spaceId}/images/..%2F..%2Faccounts.json`,
      `/api/spaces/${cast.spaceId}/images/${'a'.repeat(63)}`,
      `/api/spaces/${cast.spaceId}/images/${'A'.repeat(64)}`,
      `/api/spaces/..%2F${cast.spaceId}/images/${sha256(PNG_1PX)}`,
      `/api/spaces/${cast.spaceId}/images/..`,
    ]) {
      const read = await get('admin', target);
      expect([read.status, target]).toEqual([read.status >= 400 && read.status < 500 ? read.status : 'ok', target]);
      const write = await fetch(context.server.url + target, {
        method: 'PUT',
        headers: { Authorization: `Bearer ${cast.tokens.admin}` },
        body: PNG_1PX,
      });
      expect([write.status >= 400 && write.status < 500, target]).toEqual([true, target]);
    }
    expect(await storedFiles()).toEqual(before);
  });

  it('stores one image when the same one is uploaded many times at once', async () => {
    const bytes = Buffer.concat([PNG_1PX, Buffer.from('concurrent')]);
    const answers = await Promise.all(
      Array.from({ length: 8 }, (_, index) =>
        put(writers[index % writers.length]!, cast.otherSpaceId, sha256(bytes), bytes),
      ),
    );
    expect(answers.every((answer) => answer.status === 200 || answer.status === 201)).toBe(true);
    // The space's folder is named by a hash of its id, as room files are.
    const folder = createHash('sha256').update(`space:${cast.otherSpaceId}`).digest('hex');
    const files = (await storedFiles()).filter((file) => file.startsWith(folder));
    expect(files.filter((file) => file.endsWith(sha256(bytes)))).toHaveLength(1);
    expect(files.some((file) => file.endsWith('.part'))).toBe(false);
    expect((await get('observer', ApiRoutes.spaceImage(cast.otherSpaceId, sha256(bytes)))).bytes.equals(bytes)).toBe(
      true,
    );
  });
});
