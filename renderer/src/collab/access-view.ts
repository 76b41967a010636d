import type { ErrorCode } from '../../../shared/api/schemas';
import type { SpaceSummary } from '../../../shared/api/spaces';
import type { DocumentAccessInfo, Result } from '../../../shared/ipc/contract';
import { accessFromRole, type DocumentAccessState } from '../editor/read-only-reason';

export type AccessChange = 'now-write' | 'now-read' | null;

export type DocumentAccessView = {
  /** null until the host has answered. */
  access: DocumentAccessState | null;
  /** The space as last known, for saying why a document is read-only. */
  space: SpaceSummary;
  /** A change of access while the document was open, for a live region to say. */
  change: AccessChange;
};

/**
 * Folds the host's answers (the document's access and its space) into what the editor shows.
 * Removed stays removed. When the host cannot say (any other failure), the role table decides
 * what to offer; the server decides what counts either way.
 */
export function nextAccessView(
  current: DocumentAccessView,
  answer: Result<DocumentAccessInfo>,
  space: Result<SpaceSummary>,
  serverAdmin: boolean,
  announce: boolean,
): DocumentAccessView {
  if (current.access === 'removed') return current;
  const knownSpace = space.ok ? space.value : current.space;
  let access: DocumentAccessState;
  if (answer.ok) access = answer.value.access;
  else if (isNoAccess(answer.error)) access = 'removed';
  else access = accessFromRole(serverAdmin, knownSpace);
  const changed = announce && current.access !== null && current.access !== access && access !== 'removed';
  return {
    access,
    space: knownSpace,
    change: changed ? (access === 'write' ? 'now-write' : 'now-read') : current.change,
  };
}

function isNoAccess(error: ErrorCode): boolean {
  return error === 'forbidden' || error === 'not_found';
}
