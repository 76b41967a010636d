import type { SpaceSummary } from '../../../shared/api/spaces';
import type { ServerEntry } from '../../../shared/ipc/contract';
import { can, type Actor } from '../../../shared/spaces/permissions';
import type { MessageKey } from '../i18n/en';
import type { SpaceSection } from './paths';

/** The person's standing in a space, for deciding what to offer (the server decides what counts). */
export function actorIn(server: Pick<ServerEntry, 'serverAdmin'>, space: Pick<SpaceSummary, 'myRole'>): Actor {
  return { serverAdmin: server.serverAdmin, role: space.myRole };
}

/** A space's sections this person may see: Documents, Forum and People for all who may view it, Invites and Details for its admins. */
export function spaceSections(
  server: Pick<ServerEntry, 'serverAdmin'>,
  space: SpaceSummary,
): Array<{ id: SpaceSection; label: MessageKey }> {
  const actor = actorIn(server, space);
  const sections: Array<{ id: SpaceSection; label: MessageKey }> = [{ id: 'documents', label: 'space.tabDocuments' }];
  if (can(actor, 'view', space)) sections.push({ id: 'forum', label: 'forum.tab' });
  sections.push({ id: 'people', label: 'space.tabPeople' });
  if (can(actor, 'manage-people', space)) sections.push({ id: 'invites', label: 'space.tabInvites' });
  if (can(actor, 'edit', space) || can(actor, 'archive', space))
    sections.push({ id: 'details', label: 'space.tabDetails' });
  return sections;
}
