import type { DocumentMeta } from '../../../shared/api/schemas';
import type { HostHandlers, Result } from '../../../shared/ipc/contract';
import { findServer, forgetIfRefused, sessionToken, type HandlerContext } from './context';

function signedIn(context: HandlerContext, serverId: string): Result<{ url: string; token: string }> {
  const server = findServer(context, serverId);
  if (!server) return { ok: false, error: 'not_found' };
  const token = sessionToken(context, server);
  return token ? { ok: true, value: { url: server.url, token } } : { ok: false, error: 'unauthorized' };
}

async function remember(context: HandlerContext, serverId: string, document: DocumentMeta): Promise<void> {
  await context.store.state.update((state) => {
    const index = (state.documentIndex[serverId] ??= []);
    const at = index.findIndex((entry) => entry.id === document.id);
    if (at >= 0) index[at] = document;
    else index.push(document);
  });
}

export function documentsHandlers(context: HandlerContext): HostHandlers['documents'] {
  return {
    async list({ serverId }) {
      const session = signedIn(context, serverId);
      if (!session.ok) return session;
      const answer = await forgetIfRefused(context, serverId, await context.api(session.value.url).listDocuments(session.value.token));
      if (answer.ok) {
        await context.store.state.update((state) => {
          state.documentIndex[serverId] = answer.value;
        });
        return { ok: true, value: { documents: answer.value, fromCache: false } };
      }
      if (answer.error !== 'unreachable') return answer;
      return { ok: true, value: { documents: context.store.state.get().documentIndex[serverId] ?? [], fromCache: true } };
    },
    async create({ serverId, title }) {
      const session = signedIn(context, serverId);
      if (!session.ok) return session;
      const answer = await forgetIfRefused(context, serverId, await context.api(session.value.url).createDocument(session.value.token, title));
      if (answer.ok) await remember(context, serverId, answer.value);
      return answer;
    },
    async rename({ serverId, documentId, title }) {
      const session = signedIn(context, serverId);
      if (!session.ok) return session;
      const answer = await forgetIfRefused(context, serverId, await context.api(session.value.url).renameDocument(session.value.token, documentId, title));
      if (answer.ok) await remember(context, serverId, answer.value);
      return answer;
    },
  };
}
