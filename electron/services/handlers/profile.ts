import type { HostHandlers } from '../../../shared/ipc/contract';
import type { HandlerContext } from './context';
import { rememberMe } from './servers';
import { withSession } from './session';

export function profileHandlers(context: HandlerContext): HostHandlers['profile'] {
  return {
    async update({ serverId, changes }) {
      const answer = await withSession(context, serverId, ({ api, token }) => api.updateMe(token, changes));
      if (!answer.ok) return answer;
      await rememberMe(context, serverId, answer.value);
      return { ok: true, value: answer.value.user };
    },
  };
}
