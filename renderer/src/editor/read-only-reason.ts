import type { SpaceSummary } from '../../../shared/api/spaces';
import { roomAccess } from '../../../shared/spaces/permissions';

export type DocumentAccessState = 'write' | 'read' | 'removed';
export type ReadOnlyReason = 'archived' | 'observer' | 'other';

/** Why a document is read-only, so the note can say it plainly; null when it is writable. */
export function readOnlyReason(
  access: DocumentAccessState,
  space: Pick<SpaceSummary, 'archived' | 'myRole'>,
): ReadOnlyReason | null {
  if (access !== 'read') return null;
  if (space.archived) return 'archived';
  if (space.myRole === 'observer') return 'observer';
  return 'other';
}

/**
 * What the role table says when the host could not tell us (an error other than "no access"):
 * the server decides anyway, but the editor should not offer writing it would drop.
 */
export function accessFromRole(
  serverAdmin: boolean,
  space: Pick<SpaceSummary, 'archived' | 'myRole'>,
): DocumentAccessState {
  const access = roomAccess({ serverAdmin, role: space.myRole }, space);
  return access === 'none' ? 'removed' : access;
}
