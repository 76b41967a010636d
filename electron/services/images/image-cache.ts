import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { ServerId, SpaceId } from '../../../shared/ids';
import { ImageHash, MAX_IMAGE_BYTES, sniffImageType, type ImageType } from '../../../shared/media/images';

export type CachedImage = { bytes: Uint8Array; type: ImageType };

/**
 * The device's copy of images in documents: `servers/<serverId>/images/<spaceId>/<sha256>`,
 * one file per image, content-addressed like the server's. It holds images read from the
 * server (so documents read offline show them) and images made here that wait in the outbox
 * to be uploaded (an upload reads them from here). Each file is fsynced and renamed into place,
 * so a file under an image's name is always the whole image; ids are checked before any path is made.
 */
export function createImageCache(root: string) {
  const file = (serverId: string, spaceId: string, hash: string) =>
    path.join(root, 'servers', ServerId.parse(serverId), 'images', SpaceId.parse(spaceId), ImageHash.parse(hash));

  return {
    /** Checks and keeps bytes; the image's hash and type, or why they are not an image this app keeps. */
    async keep(
      serverId: string,
      spaceId: string,
      bytes: Uint8Array,
    ): Promise<
      { ok: true; hash: string; type: ImageType } | { ok: false; error: 'invalid_request' | 'payload_too_large' }
    > {
      if (bytes.byteLength > MAX_IMAGE_BYTES) return { ok: false, error: 'payload_too_large' };
      const type = sniffImageType(bytes);
      if (!type) return { ok: false, error: 'invalid_request' };
      const hash = createHash('sha256').update(bytes).digest('hex');
      const target = file(serverId, spaceId, hash);
      await mkdir(path.dirname(target), { recursive: true });
      const scratch = `${target}.${randomBytes(6).toString('hex')}.part`;
      try {
        const handle = await open(scratch, 'wx');
        try {
          await handle.writeFile(bytes);
          await handle.sync();
        } finally {
          await handle.close();
        }
        await rename(scratch, target);
      } catch (error) {
        await rm(scratch, { force: true });
        throw error;
      }
      return { ok: true, hash, type };
    },

    /** The image as kept here, or null; a file that is not the image its name says (damaged) counts as none. */
    async get(serverId: string, spaceId: string, hash: string): Promise<CachedImage | null> {
      const bytes = await readFile(file(serverId, spaceId, hash)).catch(() => null);
      if (!bytes) return null;
      const type = sniffImageType(bytes);
      if (!type || createHash('sha256').update(bytes).digest('hex') !== hash) return null;
      return { bytes: new Uint8Array(bytes), type };
    },
  };
}

export type ImageCache = ReturnType<typeof createImageCache>;
