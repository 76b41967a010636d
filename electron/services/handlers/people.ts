import type { Person } from '../../../shared/api/people';
import type { HostHandlers, Result } from '../../../shared/ipc/contract';
import { replacePeople } from '../local-store/cache-updates';
import { readCache, updateCache } from './cache';
import type { HandlerContext } from './context';
import { withSession } from './session';

/** Asks the server who the person shares a space with and keeps the answer for offline use. */
export async function fetchPeople(context: HandlerContext, serverId: string): Promise<Result<Person[]>> {
  const answer = await withSession(context, serverId, ({ api, token }) => api.listPeople(token));
  if (answer.ok) await updateCache(context, serverId, (draft) => replacePeople(draft, answer.value));
  return answer;
}

export function peopleHandlers(context: HandlerContext): HostHandlers['people'] {
  return {
    async list({ serverId }) {
      const answer = await fetchPeople(context, serverId);
      if (answer.ok) return { ok: true, value: { people: answer.value, fromCache: false } };
      if (answer.error !== 'unreachable') return answer;
      return { ok: true, value: { people: (await readCache(context, serverId)).people, fromCache: true } };
    },
  };
}
