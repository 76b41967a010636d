import type { HostHandlers } from '../../../shared/ipc/contract';
import { isSafeExternalUrl } from '../open-external';
import type { SearchHost } from '../search/search-host';
import type { HandlerContext } from './context';

export function appHandlers(context: HandlerContext): HostHandlers['app'] {
  return {
    info: async () => ({
      host: context.host,
      version: context.version,
      platform: process.platform,
      systemLocale: Intl.DateTimeFormat().resolvedOptions().locale,
    }),
  };
}

export function settingsHandlers(context: HandlerContext): HostHandlers['settings'] {
  return {
    get: async () => context.store.state.get().settings,
    async update(change) {
      await context.store.state.update((state) => {
        state.settings = { ...state.settings, ...change };
      });
      return context.store.state.get().settings;
    },
  };
}

export function shellHandlers(context: HandlerContext): HostHandlers['shell'] {
  return {
    async openExternal({ url }) {
      if (!isSafeExternalUrl(url)) {
        context.log(
          `Refused to open ${JSON.stringify(url.slice(0, 200))}: only http, https and mailto links open outside the app.`,
        );
        return;
      }
      await context.openExternal(url);
    },
  };
}

export function roomsHandlers(context: HandlerContext, search: SearchHost): HostHandlers['rooms'] {
  return {
    load: ({ serverId, room }) => context.store.rooms.load(serverId, room),
    async append({ serverId, room, update }) {
      context.store.rooms.append(serverId, room, update);
      // Quick find indexes that room's text again shortly (in its worker).
      search.roomChanged(serverId, room, update);
    },
  };
}

export function storeHandlers(context: HandlerContext): HostHandlers['store'] {
  return {
    health: async () => context.store.health.get(),
    dismissDamage: async () => context.store.health.dismissDamage(),
  };
}
