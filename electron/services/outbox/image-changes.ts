import type { StoredImage } from '../../../shared/media/images';
import type { UploadImageChange } from '../../../shared/ipc/media-contract';
import type { ChangeKind } from './change-kind';

/**
 * An image made on this device, uploaded through the outbox: its bytes wait in the device's
 * image cache under their hash, and the document already names that hash. The server stores
 * images by their hash, so sending one twice stores it once (no receipt needed there).
 */
export const uploadImageChange: ChangeKind<UploadImageChange, StoredImage, { hash: string }> = {
  async send({ server, api, token }, change, _key, context) {
    const kept = await context?.store.images.get(server.id, change.spaceId, change.hash);
    // Gone from the device (its folder cleared): nothing to send, ever.
    if (!kept) return { ok: false, error: 'not_found' };
    return api.uploadImage(token, change.spaceId, change.hash, kept.bytes);
  },
  keep: async (_context, _serverId, answer) => ({ hash: answer.hash }),
  recover: async (_context, _serverId, change) => ({ hash: change.hash }),
};
