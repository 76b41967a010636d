/** The HTTP API's routes, written once; server/README.md says what each does. */
const part = encodeURIComponent;

export const ApiRoutes = {
  health: '/healthz',
  session: '/api/session',
  me: '/api/me',
  /** Who shares a space with the signed-in person (shared/api/people.ts). */
  people: '/api/people',
  documents: '/api/documents',
  document: (id: string) => `/api/documents/${part(id)}`,
  spaces: '/api/spaces',
  space: (id: string) => `/api/spaces/${part(id)}`,
  spaceDocuments: (id: string) => `/api/spaces/${part(id)}/documents`,
  members: (spaceId: string) => `/api/spaces/${part(spaceId)}/members`,
  member: (spaceId: string, userId: string) => `/api/spaces/${part(spaceId)}/members/${part(userId)}`,
  invites: (spaceId: string) => `/api/spaces/${part(spaceId)}/invites`,
  invite: (spaceId: string, inviteId: string) => `/api/spaces/${part(spaceId)}/invites/${part(inviteId)}`,
  invitation: (code: string) => `/api/invites/${part(code)}`,
  acceptInvite: (code: string) => `/api/invites/${part(code)}/accept`,
  signup: (code: string) => `/api/invites/${part(code)}/signup`,
} as const;
