/**
 * Query keys, one function per resource. The server's id is always second, so everything
 * cached for one server can be found (and dropped) together.
 */
export const keys = {
  spaces: (serverId: string) => ['spaces', serverId] as const,
  space: (serverId: string, spaceId: string) => ['space', serverId, spaceId] as const,
  documents: (serverId: string, spaceId: string) => ['documents', serverId, spaceId] as const,
  document: (serverId: string, documentId: string) => ['document', serverId, documentId] as const,
  members: (serverId: string, spaceId: string) => ['members', serverId, spaceId] as const,
  invites: (serverId: string, spaceId: string) => ['invites', serverId, spaceId] as const,
  outbox: (serverId: string) => ['outbox', serverId] as const,
  storeHealth: () => ['store-health'] as const,
  settings: () => ['settings'] as const,
};

/** Matches every query of one server (for refreshing or forgetting them all). */
export const ofServer = (serverId: string) => ({
  predicate: (query: { queryKey: readonly unknown[] }) => query.queryKey[1] === serverId,
});
