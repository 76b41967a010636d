import type { HostHandlers } from '../../../shared/ipc/contract';
import type { Outbox } from '../outbox/outbox';
import type { HandlerContext } from './context';
import { withSession } from './session';

/**
 * Images in documents. `put` keeps the image on the device first (so it shows at once, and
 * offline), then uploads it through the outbox. `get` answers from the device when it can, and
 * keeps what it reads from the server, so a document read once shows its images offline.
 */
export function imagesHandlers(context: HandlerContext, outbox: Outbox): HostHandlers['images'] {
  return {
    async put({ serverId, spaceId, bytes }) {
      const kept = await context.store.images.keep(serverId, spaceId, bytes);
      if (!kept.ok) return kept;
      const sent = await outbox.submit(serverId, { kind: 'upload-image', spaceId, hash: kept.hash });
      if (!sent.ok) return sent;
      return { ok: true, value: { hash: kept.hash, status: sent.value.status } };
    },
    async get({ serverId, spaceId, hash }) {
      const cached = await context.store.images.get(serverId, spaceId, hash);
      if (cached) return { ok: true, value: cached };
      const answer = await withSession(context, serverId, ({ api, token }) => api.downloadImage(token, spaceId, hash));
      if (!answer.ok) return answer;
      await context.store.images.keep(serverId, spaceId, answer.value.bytes);
      return answer;
    },
  };
}
