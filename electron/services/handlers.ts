import type { HostHandlers } from '../../shared/ipc/contract';
import { appHandlers, roomsHandlers, settingsHandlers, shellHandlers, storeHandlers } from './handlers/app';
import type { HandlerContext } from './handlers/context';
import { documentsHandlers } from './handlers/documents';
import { invitesHandlers } from './handlers/invites';
import { membersHandlers } from './handlers/members';
import { profileHandlers } from './handlers/profile';
import { serversHandlers } from './handlers/servers';
import { spacesHandlers } from './handlers/spaces';

export type { HandlerContext } from './handlers/context';

/** Every contract method, for both hosts. Inputs arrive already validated by `createDispatcher`. */
export function createHostHandlers(context: HandlerContext) {
  return {
    app: appHandlers(context),
    settings: settingsHandlers(context),
    servers: serversHandlers(context),
    profile: profileHandlers(context),
    spaces: spacesHandlers(context),
    members: membersHandlers(context),
    invites: invitesHandlers(context),
    documents: documentsHandlers(context),
    rooms: roomsHandlers(context),
    store: storeHandlers(context),
    shell: shellHandlers(context),
  } satisfies HostHandlers;
}
