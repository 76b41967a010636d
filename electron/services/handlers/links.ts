import type { HostHandlers, ResolvedLink, Result } from '../../../shared/ipc/contract';
import { parseAppLink } from '../../../shared/links';
import { normaliseServerUrl } from '../api-client';
import type { StoredServer } from '../local-store/state-schema';
import type { HandlerContext } from './context';

/**
 * The entry of the server at `url`: the one there now, else the one that was there before (the
 * embedded server, after another program took its port). Null when the device knows none.
 */
export function serverForUrl(context: HandlerContext, url: string): StoredServer | null {
  let wanted: string;
  try {
    wanted = normaliseServerUrl(url);
  } catch {
    return null;
  }
  const servers = context.store.state.get().servers;
  return (
    servers.find((server) => normaliseServerUrl(server.url) === wanted) ??
    servers.find((server) => server.earlierUrls.some((earlier) => normaliseServerUrl(earlier) === wanted)) ??
    null
  );
}

/** Reads a link with shared/links.ts and names the server entry it is for. */
export function resolveLink(context: HandlerContext, text: string): Result<ResolvedLink> {
  const link = parseAppLink(text);
  if (!link) return { ok: false, error: 'invalid_request' };
  const server = serverForUrl(context, link.serverUrl);
  const serverId = server?.id ?? null;
  const serverUrl = server?.url ?? normaliseServerUrl(link.serverUrl);
  return {
    ok: true,
    value:
      link.kind === 'document'
        ? { kind: 'document', serverId, serverUrl, documentId: link.documentId }
        : { kind: 'invite', serverId, serverUrl, code: link.code },
  };
}

/**
 * `takePending` is answered here for a host no link can open (the browser host); Electron's
 * main process answers it from the links the system gave it (electron/main/links/).
 */
export function linksHandlers(context: HandlerContext): HostHandlers['links'] {
  return {
    resolve: async ({ link }) => resolveLink(context, link),
    takePending: async () => null,
  };
}
