import { ApiRoutes } from '../../../shared/api/schemas';
import {
  AcceptInviteResponse,
  CreateInviteResponse,
  InviteListResponse,
  InvitePreview,
  type CreateInviteRequest,
} from '../../../shared/api/spaces';
import { pick, type ApiRequest } from './request';

/** Reading and accepting an invite, and a space admin's invites. */
export function invitesApi(request: ApiRequest) {
  return {
    /** No session: anyone holding the code may read what it is for. */
    previewInvite: (code: string) => request.json('GET', ApiRoutes.invitation(code), InvitePreview),
    acceptInvite: async (token: string, code: string) =>
      pick(await request.json('POST', ApiRoutes.acceptInvite(code), AcceptInviteResponse, { token }), 'space'),
    listInvites: async (token: string, spaceId: string) =>
      pick(await request.json('GET', ApiRoutes.invites(spaceId), InviteListResponse, { token }), 'invites'),
    createInvite: (token: string, spaceId: string, invite: CreateInviteRequest) =>
      request.json('POST', ApiRoutes.invites(spaceId), CreateInviteResponse, { token, body: invite }),
    revokeInvite: (token: string, spaceId: string, inviteId: string) =>
      request.empty('DELETE', ApiRoutes.invite(spaceId, inviteId), { token }),
  };
}
