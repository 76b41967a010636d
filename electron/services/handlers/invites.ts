import type { HostHandlers, InviteInfo, Result } from '../../../shared/ipc/contract';
import { inviteLink, parseInvite } from '../../../shared/spaces/invite-link';
import { normaliseServerUrl } from '../api-client';
import { putSpace } from '../local-store/cache-updates';
import { updateCache } from './cache';
import { findServer, type HandlerContext } from './context';
import { serverForUrl } from './links';
import { withSession } from './session';

/**
 * What a pasted invite is for. A link names its server; a bare code is for the server the
 * person chose. Reading it needs no session, and none is ever sent to a pasted link's server.
 */
async function preview(
  context: HandlerContext,
  input: { invite: string; serverId?: string },
): Promise<Result<InviteInfo>> {
  const parsed = parseInvite(input.invite);
  if (!parsed) return { ok: false, error: 'invalid_request' };
  let server: { url: string; id: string | null };
  if (parsed.serverUrl) {
    // A link to an earlier address of a known server (the embedded one, moved) is read where it is now.
    const known = serverForUrl(context, parsed.serverUrl);
    server = known ?? { url: normaliseServerUrl(parsed.serverUrl), id: null };
  } else {
    if (!input.serverId) return { ok: false, error: 'invalid_request' };
    const chosen = findServer(context, input.serverId);
    if (!chosen) return { ok: false, error: 'not_found' };
    server = chosen;
  }
  const answer = await context.api(server.url).previewInvite(parsed.code);
  if (!answer.ok) return answer;
  return {
    ok: true,
    value: { serverUrl: server.url, serverId: server.id, code: parsed.code, preview: answer.value },
  };
}

export function invitesHandlers(context: HandlerContext): HostHandlers['invites'] {
  return {
    preview: (input) => preview(context, input),
    async accept({ serverId, code }) {
      const answer = await withSession(context, serverId, ({ api, token }) => api.acceptInvite(token, code));
      if (answer.ok) await updateCache(context, serverId, (draft) => putSpace(draft, answer.value));
      return answer;
    },
    list: ({ serverId, spaceId }) =>
      withSession(context, serverId, ({ api, token }) => api.listInvites(token, spaceId)),
    create: ({ serverId, spaceId, invite }) =>
      withSession(context, serverId, async ({ server, api, token }) => {
        const answer = await api.createInvite(token, spaceId, invite);
        return answer.ok
          ? { ok: true as const, value: { ...answer.value, link: inviteLink(server.url, answer.value.code) } }
          : answer;
      }),
    revoke: ({ serverId, spaceId, inviteId }) =>
      withSession(context, serverId, ({ api, token }) => api.revokeInvite(token, spaceId, inviteId)),
  };
}
