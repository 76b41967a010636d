import type { DirectoryData, DirectoryDataV1 } from './schema';

/** The space that a version-1 server's documents and people move into. */
export const MIGRATED_SPACE_ID = 'space_general';

/**
 * Version 1 had no spaces: everyone could write everything. Keeping that true after the
 * upgrade means one space holding every document, with every person a member of it; the
 * first account (the one an operator made first) becomes server admin and the space's admin.
 */
export function migrateFromV1(old: DirectoryDataV1): DirectoryData {
  const now = new Date().toISOString();
  const first = old.users[0];
  const needsSpace = old.users.length > 0 || old.documents.length > 0;
  return {
    version: 2,
    organisation: old.organisation,
    users: old.users.map((user, index) => ({ ...user, serverAdmin: index === 0, service: '', region: '' })),
    sessions: old.sessions,
    spaces: needsSpace
      ? [
          {
            id: MIGRATED_SPACE_ID,
            name: 'General',
            description: '',
            nameCy: 'Cyffredinol',
            descriptionCy: null,
            archived: false,
            createdAt: now,
            lastActivityAt: now,
            createdBy: first?.id ?? 'migration',
          },
        ]
      : [],
    memberships: old.users.map((user, index) => ({
      spaceId: MIGRATED_SPACE_ID,
      userId: user.id,
      role: index === 0 ? ('admin' as const) : ('member' as const),
      joinedAt: now,
    })),
    invites: [],
    documents: old.documents.map((document) => ({ ...document, spaceId: MIGRATED_SPACE_ID })),
    receipts: [],
    templates: [],
  };
}
