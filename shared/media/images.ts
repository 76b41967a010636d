import { z } from 'zod';

/**
 * Images in documents (issue 14): stored on the server per space, named by the sha256 of their
 * bytes, so the same picture is kept once and its name is known before it is uploaded (offline).
 */

/** The most an image may hold: larger uploads are refused while being read. */
export const MAX_IMAGE_BYTES = 10 * 1024 * 1024;

export const ImageHash = z.string().regex(/^[0-9a-f]{64}$/, 'an image is named by its sha256, 64 hex digits');
export type ImageHash = z.infer<typeof ImageHash>;

export const ImageType = z.enum(['image/png', 'image/jpeg', 'image/gif', 'image/webp']);
export type ImageType = z.infer<typeof ImageType>;

/** The server's answer to an upload. */
export const StoredImage = z.object({ hash: ImageHash, type: ImageType, size: z.number().int().positive() });
export type StoredImage = z.infer<typeof StoredImage>;

const startsWith = (bytes: Uint8Array, signature: readonly number[], at = 0) =>
  bytes.length >= at + signature.length && signature.every((byte, index) => bytes[at + index] === byte);

/**
 * What an image is, read from its first bytes (never from a name or a header a client sent);
 * null when it is none of the four kinds a document may hold.
 */
export function sniffImageType(bytes: Uint8Array): ImageType | null {
  if (startsWith(bytes, [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a])) return 'image/png';
  if (startsWith(bytes, [0xff, 0xd8, 0xff])) return 'image/jpeg';
  // "GIF87a" or "GIF89a".
  if (startsWith(bytes, [0x47, 0x49, 0x46, 0x38]) && (bytes[4] === 0x37 || bytes[4] === 0x39) && bytes[5] === 0x61)
    return 'image/gif';
  // "RIFF" <size> "WEBP".
  if (startsWith(bytes, [0x52, 0x49, 0x46, 0x46]) && startsWith(bytes, [0x57, 0x45, 0x42, 0x50], 8))
    return 'image/webp';
  return null;
}
