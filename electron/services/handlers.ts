import type { HostHandlers } from '../../shared/ipc/contract';
import { appHandlers, roomsHandlers, settingsHandlers, shellHandlers, storeHandlers } from './handlers/app';
import type { HandlerContext } from './handlers/context';
import { documentsHandlers } from './handlers/documents';
import { invitesHandlers } from './handlers/invites';
import { linksHandlers } from './handlers/links';
import { membersHandlers } from './handlers/members';
import { outboxHandlers } from './handlers/outbox';
import { profileHandlers } from './handlers/profile';
import { serversHandlers } from './handlers/servers';
import { spacesHandlers } from './handlers/spaces';
import type { Outbox } from './outbox/outbox';

export type { HandlerContext } from './handlers/context';

/** Every contract method, for both hosts. Inputs arrive already validated by `createDispatcher`. */
export function createHostHandlers(context: HandlerContext, outbox: Outbox) {
  return {
    app: appHandlers(context),
    settings: settingsHandlers(context),
    servers: serversHandlers(context),
    profile: profileHandlers(context),
    spaces: spacesHandlers(context),
    members: membersHandlers(context),
    invites: invitesHandlers(context),
    documents: documentsHandlers(context, outbox),
    outbox: outboxHandlers(outbox),
    rooms: roomsHandlers(context),
    store: storeHandlers(context),
    shell: shellHandlers(context),
    links: linksHandlers(context),
  } satisfies HostHandlers;
}
