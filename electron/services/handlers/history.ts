import type { HostHandlers } from '../../../shared/ipc/contract';
import { keepVersion, readCachedVersion } from '../history/version-cache';
import { readCache } from './cache';
import type { HandlerContext } from './context';
import { withSession } from './session';

const bytes = (base64: string) => new Uint8Array(Buffer.from(base64, 'base64'));

/** A document's versions: opened from the server and kept on the device, or as kept when it is out of reach. */
export function historyHandlers(context: HandlerContext): HostHandlers['history'] {
  return {
    async open({ serverId, documentId, versionId }) {
      const answer = await withSession(context, serverId, ({ api, token }) =>
        api.getVersion(token, documentId, versionId),
      );
      if (answer.ok) {
        await keepVersion(context.store.dataDir, serverId, documentId, answer.value.version, answer.value.update);
        return {
          ok: true,
          value: { version: answer.value.version, update: bytes(answer.value.update), fromCache: false },
        };
      }
      if (answer.error !== 'unreachable') return answer;
      // Offline: only a document this device still knows one may read.
      if (!(await readCache(context, serverId)).access[documentId]) return answer;
      const kept = await readCachedVersion(context.store.dataDir, serverId, documentId, versionId);
      return kept ? { ok: true, value: { ...kept, fromCache: true } } : answer;
    },
    async changes({ serverId, documentId, versionId }) {
      const answer = await withSession(context, serverId, ({ api, token }) =>
        api.getVersionChanges(token, documentId, versionId),
      );
      if (!answer.ok) return answer;
      const { version, update, versionSnapshot, nowSnapshot, authors } = answer.value;
      return {
        ok: true,
        value: {
          version,
          authors,
          update: bytes(update),
          versionSnapshot: bytes(versionSnapshot),
          nowSnapshot: bytes(nowSnapshot),
        },
      };
    },
    name: ({ serverId, documentId, name }) =>
      withSession(context, serverId, ({ api, token }) => api.nameVersion(token, documentId, name)),
    rename: ({ serverId, documentId, versionId, name }) =>
      withSession(context, serverId, ({ api, token }) => api.renameVersion(token, documentId, versionId, name)),
    restore: ({ serverId, documentId, versionId }) =>
      withSession(context, serverId, ({ api, token }) => api.restoreVersion(token, documentId, versionId)),
  };
}
