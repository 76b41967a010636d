import type { HostHandlers } from '../../shared/ipc/contract';
import { appHandlers, roomsHandlers, settingsHandlers, shellHandlers, storeHandlers } from './handlers/app';
import type { HandlerContext } from './handlers/context';
import { documentLibraryHandlers } from './handlers/document-library';
import { documentsHandlers } from './handlers/documents';
import { draftsHandlers } from './handlers/drafts';
import { forumHandlers } from './handlers/forum';
import { invitesHandlers } from './handlers/invites';
import { linksHandlers } from './handlers/links';
import { membersHandlers } from './handlers/members';
import { outboxHandlers } from './handlers/outbox';
import { peopleHandlers } from './handlers/people';
import { profileHandlers } from './handlers/profile';
import { recentHandlers } from './handlers/recent';
import { searchHandlers } from './handlers/search';
import { serversHandlers } from './handlers/servers';
import { spacesHandlers } from './handlers/spaces';
import type { Outbox } from './outbox/outbox';
import type { SearchHost } from './search/search-host';

export type { HandlerContext } from './handlers/context';

/** Every contract method, for both hosts. Inputs arrive already validated by `createDispatcher`. */
export function createHostHandlers(context: HandlerContext, outbox: Outbox, search: SearchHost) {
  return {
    app: appHandlers(context),
    settings: settingsHandlers(context),
    servers: serversHandlers(context),
    profile: profileHandlers(context),
    spaces: spacesHandlers(context),
    members: membersHandlers(context),
    invites: invitesHandlers(context),
    documents: documentsHandlers(context, outbox),
    library: documentLibraryHandlers(context, outbox),
    forum: forumHandlers(context, outbox),
    drafts: draftsHandlers(context),
    search: searchHandlers(context, search),
    people: peopleHandlers(context),
    recent: recentHandlers(context),
    outbox: outboxHandlers(outbox),
    rooms: roomsHandlers(context, search),
    store: storeHandlers(context),
    shell: shellHandlers(context),
    links: linksHandlers(context),
  } satisfies HostHandlers;
}
