import type { ErrorCode } from '../../../../shared/api/schemas';
import { ImageType } from '../../../../shared/media/images';
import { host } from '../../data/host';
import type { ImagePlace } from './media-context';

/** What the file chooser offers: the four kinds a document may hold. */
export const IMAGE_ACCEPT = ImageType.options.join(',');

export type PutImage = { ok: true; hash: string; queued: boolean } | { ok: false; error: ErrorCode | 'unexpected' };

/** Hands an image's bytes to the host: kept on the device, uploaded now or when the connection is back. */
export async function putImage(place: ImagePlace, bytes: Uint8Array): Promise<PutImage> {
  try {
    const answer = await host().images.put({ ...place, bytes });
    if (!answer.ok) return answer;
    return { ok: true, hash: answer.value.hash, queued: answer.value.status === 'queued' };
  } catch {
    return { ok: false, error: 'unexpected' };
  }
}

/** The image files among pasted or dropped files (by the type the system gives; the host checks the bytes). */
export function imageFiles(files: FileList | null | undefined): File[] {
  return [...(files ?? [])].filter((file) => file.type.startsWith('image/'));
}

export const fileBytes = async (file: File) => new Uint8Array(await file.arrayBuffer());
