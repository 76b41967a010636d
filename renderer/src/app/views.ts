import type { DocumentMeta } from '../../../shared/api/schemas';
import type { SpaceSummary } from '../../../shared/api/spaces';
import type { InviteInfo } from '../../../shared/ipc/contract';

/** Where the person is within a signed-in server. A view for another server than the shown one is not shown. */
export type View =
  | { kind: 'spaces'; serverId: string; notice?: string }
  | { kind: 'space'; serverId: string; space: SpaceSummary; notice?: string }
  | { kind: 'editor'; serverId: string; space: SpaceSummary; document: DocumentMeta };

/** Screens over the current view; closing one returns to it. */
export type Overlay = { kind: 'settings' } | { kind: 'profile' } | { kind: 'add-server'; invite?: InviteInfo };
