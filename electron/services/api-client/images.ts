import { ApiError } from '../../../shared/api/schemas';
import { ApiRoutes } from '../../../shared/api/routes';
import type { Result } from '../../../shared/ipc/contract';
import { MAX_IMAGE_BYTES, sniffImageType, StoredImage, type ImageType } from '../../../shared/media/images';
import type { ApiClientOptions } from './request';

/**
 * Images go as raw bytes, not JSON: their own two calls. An answer that is not an image (or
 * not the one asked for) is `internal`, never handed on.
 */
export function imagesApi(base: string, options: ApiClientOptions = {}) {
  const doFetch = options.fetch ?? fetch;
  // An image may take longer than a JSON call on a slow line.
  const timeoutMs = Math.max(options.timeoutMs ?? 8_000, 60_000);
  async function call(route: string, init: RequestInit): Promise<Response | null> {
    try {
      return await doFetch(base + route, { ...init, signal: AbortSignal.timeout(timeoutMs), redirect: 'error' });
    } catch {
      return null;
    }
  }
  async function refusal(response: Response): Promise<Result<never>> {
    const parsed = ApiError.safeParse(await response.json().catch(() => null));
    if (parsed.success) return { ok: false, error: parsed.data.error };
    return { ok: false, error: [502, 503, 504].includes(response.status) ? 'unreachable' : 'internal' };
  }
  return {
    uploadImage: async (
      token: string,
      spaceId: string,
      hash: string,
      bytes: Uint8Array,
    ): Promise<Result<StoredImage>> => {
      const response = await call(ApiRoutes.spaceImage(spaceId, hash), {
        method: 'PUT',
        headers: {
          authorization: `Bearer ${token}`,
          'content-type': sniffImageType(bytes) ?? 'application/octet-stream',
        },
        body: bytes as Uint8Array<ArrayBuffer>,
      });
      if (!response) return { ok: false, error: 'unreachable' };
      if (!response.ok) return refusal(response);
      const parsed = StoredImage.safeParse(await response.json().catch(() => null));
      return parsed.success && parsed.data.hash === hash
        ? { ok: true, value: parsed.data }
        : { ok: false, error: 'internal' };
    },
    downloadImage: async (
      token: string,
      spaceId: string,
      hash: string,
    ): Promise<Result<{ bytes: Uint8Array; type: ImageType }>> => {
      const response = await call(ApiRoutes.spaceImage(spaceId, hash), {
        headers: { authorization: `Bearer ${token}` },
      });
      if (!response) return { ok: false, error: 'unreachable' };
      if (!response.ok) return refusal(response);
      const bytes = new Uint8Array(await response.arrayBuffer().catch(() => new ArrayBuffer(0)));
      const type = sniffImageType(bytes);
      return type && bytes.byteLength <= MAX_IMAGE_BYTES
        ? { ok: true, value: { bytes, type } }
        : { ok: false, error: 'internal' };
    },
  };
}
