/**
 * Wire constants shared by the sync server and its clients. The sync endpoint speaks the
 * y-websocket protocol: a client connects to `${syncBaseUrl}/${roomName}?token=…`.
 */
export const SYNC_PATH = '/sync';
export const TOKEN_QUERY_PARAM = 'token';

/** Largest frame a client may send; bigger frames close that connection only. */
export const MAX_CLIENT_FRAME_BYTES = 8 * 1024 * 1024;

/** Largest HTTP request body the API accepts. */
export const MAX_HTTP_BODY_BYTES = 64 * 1024;

/**
 * WebSocket close codes the server uses, so clients can tell a refusal from an outage. The
 * stock y-websocket client treats 4400–4499 as final and stops reconnecting; a code that
 * asks the client to come back must sit outside that range.
 */
export const CloseCode = {
  malformedMessage: 4400,
  unauthorized: 4401,
  /** The person may no longer see this room (removed from its space, or the space is gone). */
  forbidden: 4403,
  /** The person's access changed (a role went up or down): reconnect, and ask what it is now. */
  accessChanged: 4309,
  /** An update depended on changes the server has not received (yet): reconnect and sync in full. */
  resync: 4310,
  frameTooLarge: 4413,
  rateLimited: 4429,
  serverShutdown: 4503,
  /** The server's disk will not take this room's changes (full, read-only): the client keeps them and retries. */
  storageUnavailable: 4507,
} as const;

/** Turns an http(s) server base URL into the ws(s) base URL of its sync endpoint. */
export function syncBaseUrl(serverUrl: string): string {
  const url = new URL(serverUrl);
  url.protocol = url.protocol === 'https:' ? 'wss:' : 'ws:';
  url.pathname = url.pathname.replace(/\/$/, '') + SYNC_PATH;
  url.search = '';
  url.hash = '';
  return url.toString();
}
