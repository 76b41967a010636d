import { z } from 'zod';
import { ServerId, SpaceId } from '../ids';
import { ImageHash, ImageType } from '../media/images';
import { Bytes, result } from './values';

/**
 * Images in documents, through the host (issue 14). The window never fetches an image itself:
 * the host reads it from its cache, or from the server (then keeps it for offline reading),
 * and uploads new ones through the outbox, so one pasted offline reaches the server later.
 */

/** An upload waiting in the outbox: the bytes wait in the host's image cache under their hash. */
export const UploadImageChange = z.object({ kind: z.literal('upload-image'), spaceId: SpaceId, hash: ImageHash });
export type UploadImageChange = z.infer<typeof UploadImageChange>;

const ImageRef = z.object({ serverId: ServerId, spaceId: SpaceId, hash: ImageHash });

export const mediaContract = {
  /**
   * Keeps an image on the device and uploads it through the outbox. Its hash (the node's src) is
   * known at once, so the document can hold it offline. Bytes that are not a PNG, JPEG, GIF or
   * WebP, or over 10 MiB, are refused (`invalid_request`, `payload_too_large`) and kept nowhere.
   */
  put: z.object({ serverId: ServerId, spaceId: SpaceId, bytes: Bytes }),
  putOutput: result(z.object({ hash: ImageHash, status: z.enum(['saved', 'queued']) })),
  /** An image's bytes: from the device's cache, else from the server (then cached). */
  get: ImageRef,
  getOutput: result(z.object({ bytes: Bytes, type: ImageType })),
};
