import type { Role } from '../../shared/spaces/permissions';
import type { BranchlineServer } from '../app';
import { createDocument, signIn } from './clients';

/** Everyone a permissions test needs: each role, a server admin, an outsider, and someone removed. */
export const CAST = ['serverAdmin', 'admin', 'moderator', 'member', 'observer', 'outsider', 'removed'] as const;
export type CastMember = (typeof CAST)[number];

const ROLE_IN_SPACES: Partial<Record<CastMember, Role>> = {
  admin: 'admin',
  moderator: 'moderator',
  member: 'member',
  observer: 'observer',
};

export type Cast = {
  tokens: Record<CastMember, string>;
  userIds: Record<CastMember, string>;
  /** Two live spaces in which each person holds the same role, and an archived one. */
  spaceId: string;
  otherSpaceId: string;
  archivedSpaceId: string;
  documentId: string;
  archivedDocumentId: string;
};

/** A fetch that returns status and JSON body, signed in as `token`. */
export function apiAs(url: string, token?: string) {
  return async (method: string, path: string, body?: unknown): Promise<{ status: number; body: unknown }> => {
    const response = await fetch(url + path, {
      method,
      headers: { 'Content-Type': 'application/json', ...(token ? { Authorization: `Bearer ${token}` } : {}) },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
    const text = await response.text();
    return { status: response.status, body: text ? (JSON.parse(text) as unknown) : null };
  };
}

export async function buildCast(server: BranchlineServer): Promise<Cast> {
  const { accounts, spaces } = server.directory;
  const userIds = {} as Record<CastMember, string>;
  const tokens = {} as Record<CastMember, string>;
  for (const who of CAST) {
    const email = `${who.toLowerCase()}@cast.example`;
    const created = await accounts.addUser({
      email,
      name: `Cast ${who}`,
      password: 'cast password 1',
      serverAdmin: who === 'serverAdmin',
    });
    userIds[who] = created.id;
    tokens[who] = await signIn(server.url, email, 'cast password 1');
  }
  const founder = accounts.findUser(userIds.admin)!;
  const blank = { description: '', nameCy: null, descriptionCy: null };
  const space = await spaces.create({ name: 'Matrix space', ...blank }, founder);
  const other = await spaces.create({ name: 'Other space', ...blank }, founder);
  const archived = await spaces.create({ name: 'Archived space', ...blank }, founder);
  for (const target of [space, other, archived]) {
    for (const [who, role] of Object.entries(ROLE_IN_SPACES))
      await spaces.setRole(target.id, userIds[who as CastMember], role);
    await spaces.setRole(target.id, userIds.removed, 'member');
  }
  const documentId = await createDocument(server.url, tokens.admin, 'Matrix document', space.id);
  const archivedDocumentId = await createDocument(server.url, tokens.admin, 'Archived document', archived.id);
  await spaces.update(archived.id, { archived: true });
  for (const target of [space, other, archived]) await spaces.remove(target.id, userIds.removed);
  return {
    tokens,
    userIds,
    spaceId: space.id,
    otherSpaceId: other.id,
    archivedSpaceId: archived.id,
    documentId,
    archivedDocumentId,
  };
}
