import { useEffect, useState } from 'react';
import { imageHash } from '../../../../shared/editor/image-node';
import { host } from '../../data/host';
import type { ImagePlace } from './media-context';

const RETRY_MS = 3000;

export type ImageUrl = { state: 'loading' } | { state: 'missing' } | { state: 'shown'; url: string };

/**
 * A blob: URL for an image node's `src`, its bytes read through the host (its cache, or the
 * server); the window never fetches images itself. The URL is let go when no longer shown.
 */
export function useImageUrl(place: ImagePlace | null, src: string): ImageUrl {
  const [url, setUrl] = useState<ImageUrl>({ state: 'loading' });
  // An image not here yet (offline, or its upload still on its way from someone's outbox) is asked for again.
  const [attempt, setAttempt] = useState(0);
  useEffect(() => {
    if (url.state !== 'missing') return;
    const timer = setTimeout(() => setAttempt((count) => count + 1), RETRY_MS);
    return () => clearTimeout(timer);
  }, [url.state, attempt]);
  const hash = imageHash(src);
  const serverId = place?.serverId;
  const spaceId = place?.spaceId;
  useEffect(() => {
    if (!hash || !serverId || !spaceId) return;
    let made: string | null = null;
    let cancelled = false;
    void host()
      .images.get({ serverId, spaceId, hash })
      .then(
        (answer) => {
          if (cancelled) return;
          if (!answer.ok) return setUrl({ state: 'missing' });
          made = URL.createObjectURL(
            new Blob([answer.value.bytes as Uint8Array<ArrayBuffer>], { type: answer.value.type }),
          );
          setUrl({ state: 'shown', url: made });
        },
        () => !cancelled && setUrl({ state: 'missing' }),
      );
    return () => {
      cancelled = true;
      if (made) URL.revokeObjectURL(made);
    };
  }, [hash, serverId, spaceId, attempt]);
  // A src that names no stored image, or no place to read it from, is never shown.
  return hash && serverId && spaceId ? url : { state: 'missing' };
}
