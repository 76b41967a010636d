import type { DocumentMeta } from '../../../shared/api/schemas';
import type { SpaceSummary } from '../../../shared/api/spaces';
import type { ServerEntry } from '../../../shared/ipc/contract';
import { can } from '../../../shared/spaces/permissions';
import type { RoomSession } from '../collab/room-session';
import { DocumentComments } from './DocumentComments';

/** The document's comments, with what the person may do there worked out from their role and the space. */
export function DocumentCommentsFor({
  server,
  document,
  space,
  session,
}: {
  server: ServerEntry;
  document: DocumentMeta;
  space: SpaceSummary;
  session: RoomSession;
}) {
  const actor = { serverAdmin: server.serverAdmin, role: space.myRole };
  return (
    <DocumentComments
      serverId={server.id}
      documentId={document.id}
      spaceId={space.id}
      doc={session.doc}
      me={session.user.id}
      canComment={can(actor, 'comment', space)}
      canModerate={can(actor, 'moderate', space)}
    />
  );
}
