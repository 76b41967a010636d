import { ApiRoutes } from '../../../shared/api/schemas';
import {
  MemberListResponse,
  MemberResponse,
  SpaceListResponse,
  SpaceResponse,
  type CreateSpaceRequest,
  type UpdateSpaceRequest,
} from '../../../shared/api/spaces';
import type { Role } from '../../../shared/spaces/permissions';
import { pick, type ApiRequest } from './request';

/** Spaces and their people. */
export function spacesApi(request: ApiRequest) {
  return {
    listSpaces: async (token: string) =>
      pick(await request.json('GET', ApiRoutes.spaces, SpaceListResponse, { token }), 'spaces'),
    getSpace: async (token: string, spaceId: string) =>
      pick(await request.json('GET', ApiRoutes.space(spaceId), SpaceResponse, { token }), 'space'),
    createSpace: async (token: string, space: CreateSpaceRequest) =>
      pick(await request.json('POST', ApiRoutes.spaces, SpaceResponse, { token, body: space }), 'space'),
    updateSpace: async (token: string, spaceId: string, changes: UpdateSpaceRequest) =>
      pick(await request.json('PATCH', ApiRoutes.space(spaceId), SpaceResponse, { token, body: changes }), 'space'),
    listMembers: async (token: string, spaceId: string) =>
      pick(await request.json('GET', ApiRoutes.members(spaceId), MemberListResponse, { token }), 'members'),
    setRole: async (token: string, spaceId: string, userId: string, role: Role) =>
      pick(
        await request.json('PUT', ApiRoutes.member(spaceId, userId), MemberResponse, { token, body: { role } }),
        'member',
      ),
    /** With one's own id: leaves the space. */
    removeMember: (token: string, spaceId: string, userId: string) =>
      request.empty('DELETE', ApiRoutes.member(spaceId, userId), { token }),
  };
}
