import type { HostHandlers } from '../../../shared/ipc/contract';
import {
  dropSpace,
  markActivitySeen,
  putSpace,
  replaceAllDocuments,
  replaceSpaces,
} from '../local-store/cache-updates';
import { readCache, updateCache } from './cache';
import type { HandlerContext } from './context';
import { withSession } from './session';

export function spacesHandlers(context: HandlerContext): HostHandlers['spaces'] {
  return {
    async list({ serverId }) {
      const answer = await withSession(context, serverId, async ({ api, token }) => {
        // The full index rides along, so any space's documents open offline later, not just those visited.
        const [spaces, documents] = await Promise.all([api.listSpaces(token), api.listAllDocuments(token)]);
        if (!spaces.ok) return spaces;
        return { ok: true as const, value: { spaces: spaces.value, documents: documents.ok ? documents.value : null } };
      });
      if (answer.ok) {
        const { spaces, documents } = answer.value;
        const shown = context.store.state.get().activeServerId === serverId;
        await updateCache(context, serverId, (draft) => {
          replaceSpaces(draft, spaces);
          if (documents) replaceAllDocuments(draft, documents);
          if (shown) markActivitySeen(draft);
        });
        return { ok: true, value: { spaces, fromCache: false } };
      }
      if (answer.error !== 'unreachable') return answer;
      return { ok: true, value: { spaces: (await readCache(context, serverId)).spaces, fromCache: true } };
    },
    async get({ serverId, spaceId }) {
      const answer = await withSession(context, serverId, ({ api, token }) => api.getSpace(token, spaceId));
      if (answer.ok) await updateCache(context, serverId, (draft) => putSpace(draft, answer.value));
      else if (answer.error === 'forbidden' || answer.error === 'not_found')
        await updateCache(context, serverId, (draft) => dropSpace(draft, spaceId));
      if (answer.ok || answer.error !== 'unreachable') return answer;
      const space = (await readCache(context, serverId)).spaces.find((candidate) => candidate.id === spaceId);
      return space ? { ok: true, value: space } : answer;
    },
    async create({ serverId, space }) {
      const answer = await withSession(context, serverId, ({ api, token }) => api.createSpace(token, space));
      if (answer.ok) await updateCache(context, serverId, (draft) => putSpace(draft, answer.value));
      return answer;
    },
    async update({ serverId, spaceId, changes }) {
      const answer = await withSession(context, serverId, ({ api, token }) => api.updateSpace(token, spaceId, changes));
      if (answer.ok) await updateCache(context, serverId, (draft) => putSpace(draft, answer.value));
      return answer;
    },
  };
}
