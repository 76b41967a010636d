import type { HostHandlers } from '../../shared/ipc/contract';
import { appHandlers, roomsHandlers, settingsHandlers, shellHandlers, storeHandlers } from './handlers/app';
import type { HandlerContext } from './handlers/context';
import { documentFilesHandlers, type DocumentFilesDeps } from './handlers/document-files';
import { documentLibraryHandlers } from './handlers/document-library';
import { documentsHandlers } from './handlers/documents';
import { draftsHandlers } from './handlers/drafts';
import { forumHandlers } from './handlers/forum';
import { historyHandlers } from './handlers/history';
import { commentHandlers } from './handlers/comments';
import { imagesHandlers } from './handlers/images';
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
import { spellingHandlers } from './handlers/spelling';
import type { Outbox } from './outbox/outbox';
import type { SearchHost } from './search/search-host';
import type { PersonalDictionary } from './spelling/personal-dictionary';
import type { SpellingHost } from './spelling/spelling-host';

export type { HandlerContext } from './handlers/context';

/** Every contract method, for both hosts. Inputs arrive already validated by `createDispatcher`. */
export function createHostHandlers(
  context: HandlerContext,
  outbox: Outbox,
  search: SearchHost,
  spelling: { host: SpellingHost; personal: PersonalDictionary },
  documentFiles: DocumentFilesDeps = {},
) {
  const images = imagesHandlers(context, outbox);
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
    comments: commentHandlers(outbox),
    drafts: draftsHandlers(context),
    search: searchHandlers(context, search),
    people: peopleHandlers(context),
    recent: recentHandlers(context),
    outbox: outboxHandlers(outbox),
    rooms: roomsHandlers(context, search),
    store: storeHandlers(context),
    shell: shellHandlers(context),
    images,
    links: linksHandlers(context),
    history: historyHandlers(context),
    spelling: spellingHandlers(spelling.host, spelling.personal),
    documentFiles: documentFilesHandlers(context, documentFiles, images),
  } satisfies HostHandlers;
}
