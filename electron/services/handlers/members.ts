import type { HostHandlers } from '../../../shared/ipc/contract';
import { dropSpace } from '../local-store/cache-updates';
import { updateCache } from './cache';
import { findServer, type HandlerContext } from './context';
import { withSession } from './session';

export function membersHandlers(context: HandlerContext): HostHandlers['members'] {
  return {
    list: ({ serverId, spaceId }) =>
      withSession(context, serverId, ({ api, token }) => api.listMembers(token, spaceId)),
    setRole: ({ serverId, spaceId, userId, role }) =>
      withSession(context, serverId, ({ api, token }) => api.setRole(token, spaceId, userId, role)),
    async remove({ serverId, spaceId, userId }) {
      const leaving = findServer(context, serverId)?.user?.id === userId;
      const answer = await withSession(context, serverId, ({ api, token }) => api.removeMember(token, spaceId, userId));
      // Having left, the space is not offered offline either (a server admin still sees it on the next list).
      if (answer.ok && leaving) await updateCache(context, serverId, (draft) => dropSpace(draft, spaceId));
      return answer;
    },
  };
}
