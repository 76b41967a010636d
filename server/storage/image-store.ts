import { createHash, randomBytes } from 'node:crypto';
import { mkdir, open, readFile, rename, rm, stat } from 'node:fs/promises';
import path from 'node:path';
import { ImageHash, sniffImageType, type StoredImage } from '../../shared/media/images';
import { SpaceId } from '../../shared/ids';

/**
 * Images kept content-addressed per space: `<root>/<sha256 of the space id>/<sha256>` (a folder
 * named by a hash, like room files: an id never becomes a path). Each is written to a
 * file of its own and renamed into place once fsynced, so two uploads of the same image at once
 * both end with one whole file, and a failed write leaves nothing under the image's name.
 * Ids are checked here as well as by the routes: no path is ever made from an unchecked name.
 */
export class ImageStore {
  constructor(private readonly root: string) {}

  private file(spaceId: string, hash: string): string {
    const folder = createHash('sha256')
      .update(`space:${SpaceId.parse(spaceId)}`)
      .digest('hex');
    return path.join(this.root, folder, ImageHash.parse(hash));
  }

  /** Stores bytes already checked to be an image whose sha256 is `hash`. */
  async put(spaceId: string, hash: string, bytes: Uint8Array): Promise<StoredImage> {
    const type = sniffImageType(bytes);
    if (!type || createHash('sha256').update(bytes).digest('hex') !== hash) throw new Error('not the image named');
    const target = this.file(spaceId, hash);
    const stored = { hash, type, size: bytes.byteLength };
    if (await this.has(spaceId, hash)) return stored;
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
    return stored;
  }

  async has(spaceId: string, hash: string): Promise<boolean> {
    return stat(this.file(spaceId, hash)).then(
      (found) => found.isFile(),
      () => false,
    );
  }

  /** The image's bytes and type, or null when this space holds no such image. */
  async get(spaceId: string, hash: string): Promise<{ bytes: Uint8Array; type: StoredImage['type'] } | null> {
    const bytes = await readFile(this.file(spaceId, hash)).catch(() => null);
    const type = bytes && sniffImageType(bytes);
    return bytes && type ? { bytes, type } : null;
  }
}
