import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import path from 'node:path';
import { getRequestListener } from '@hono/node-server';
import { CloseCode } from '../shared/protocol';
import { parseRoomName } from '../shared/rooms';
import type { Accounts } from './accounts/accounts';
import { openDirectory, type Directory } from './accounts/directory';
import { ForumEvents } from './forum/forum-events';
import { ForumNotifications } from './forum/notifications';
import { createApi } from './http/api';
import { ImageStore } from './storage/image-store';
import { RequestsUnderWay } from './http/requests-under-way';
import { AllowancesByKey } from './sync/allowances-by-key';
import { answerClientError } from './http/client-errors';
import { ForumService } from './forum/forum-service';
import { HistoryService } from './history/history-service';
import { CommentService } from './comments/comment-service';
import { CommentNotifications } from './comments/comment-notifications';
import { SpaceIndexRooms } from './spaces/space-index-room';
import { SyncConnection, type SyncServices } from './sync/connection';
import { connectionRates, DEFAULT_SYNC_LIMITS, type SyncLimits } from './sync/limits';
import { LiveAccess } from './sync/live-access';
import { OpenConnections } from './sync/open-connections';
import { Rooms } from './sync/rooms';
import { SocketCaps } from './sync/socket-caps';
import { createUpgradeHandler } from './sync/upgrade';

export const SERVER_VERSION = '0.1.0';

export type ServerOptions = {
  dataDir: string;
  host?: string;
  port?: number;
  sessionTtlMs?: number;
  idleUnloadMs?: number;
  compactAfterRecords?: number;
  compactAfterBytes?: number;
  /** A document's version is kept after this long without writing (5 minutes). */
  historyPauseMs?: number;
  /** The day a time falls in, for the day's-end version (the server's local day; tests shorten it). */
  historyDayOf?: (time: number) => string;
  /** Sign-in attempts per account and per address before waiting. */
  loginBurst?: number;
  loginRefillMs?: number;
  messageBurst?: number;
  messageRefillMs?: number;
  keepAliveMs?: number;
  /** Any of the sync endpoint's limits (server/sync/limits.ts). */
  syncLimits?: Partial<SyncLimits>;
  /** An HTTP request must arrive whole within this long (slow senders get 408), its headers within `headersTimeoutMs`. */
  requestTimeoutMs?: number;
  headersTimeoutMs?: number;
  log?: (message: string) => void;
};

export type BranchlineServer = {
  url: string;
  port: number;
  accounts: Accounts;
  directory: Directory;
  rooms: Rooms;
  /** Documents' versions, for benchmarks to drive without HTTP. */
  history: HistoryService;
  /** The forum's core, for demo seeding and benchmarks to drive without HTTP. */
  forum: ForumService;
  /** What the forum tells the rest of the server after a post is stored or hidden (notifications listen). */
  forumEvents: ForumEvents;
  /** Checks every open socket against the stored roles again (the API does this after each change). */
  recheckAccess(): void;
  close(): Promise<void>;
};

/** Starts the HTTP API and the sync endpoint on one port, over the data in `dataDir`. */
export async function createBranchlineServer(options: ServerOptions): Promise<BranchlineServer> {
  const log = options.log ?? ((message: string) => console.error(message));
  const directory = await openDirectory(options.dataDir, log);
  const { accounts } = directory;
  const touchRoom = (roomName: string, editors: string[]) => {
    const room = parseRoomName(roomName);
    if (room?.kind === 'doc') directory.documents.touch(room.documentId, editors);
  };
  const limits: SyncLimits = {
    ...DEFAULT_SYNC_LIMITS,
    ...(options.messageBurst !== undefined && { messageBurst: options.messageBurst }),
    ...(options.messageRefillMs !== undefined && { messageRefillMs: options.messageRefillMs }),
    ...(options.keepAliveMs !== undefined && { keepAliveMs: options.keepAliveMs }),
    ...options.syncLimits,
  };
  const rooms = new Rooms(
    {
      directory: path.join(options.dataDir, 'rooms'),
      compactAfterRecords: options.compactAfterRecords ?? 1000,
      compactAfterBytes: options.compactAfterBytes ?? 8 * 1024 * 1024,
      warn: log,
    },
    { idleUnloadMs: options.idleUnloadMs ?? 30_000, maxIdleRooms: limits.idleRoomsLoaded },
    touchRoom,
  );
  // Each space's index room, written by the server alone as its documents and details change.
  const spaceIndex = new SpaceIndexRooms(directory.spaces, directory.documents, rooms, log);
  // What the forum tells the rest of the server (people's own rooms listen); one for the forum and its listeners.
  const forumEvents = new ForumEvents();
  const forum = new ForumService(rooms, directory, forumEvents, {
    warn: log,
    roomsDirectory: path.join(options.dataDir, 'rooms'),
    // Tests only (server/forum/forum-kill.test.ts): the process dies as a kill -9 would, between storing a post and answering.
    ...(process.env.BRANCHLINE_TEST_KILL_AFTER_FORUM_POST === '1' && {
      afterPostStored: () => process.kill(process.pid, 'SIGKILL'),
    }),
  });
  // People's own rooms hear of mentions, replies, watched posts and hidden posts from the forum.
  const notifications = new ForumNotifications(directory, rooms, forumEvents, log);
  // Documents' histories: each doc room's committed changes, with who sent them (the connection's person).
  const authors = new WeakMap<object, string | null>();
  const history = new HistoryService(
    rooms,
    (origin) => {
      if (!(origin instanceof SyncConnection)) return null;
      let author = authors.get(origin);
      if (author === undefined) authors.set(origin, (author = accounts.userForToken(origin.token)?.id ?? null));
      return author;
    },
    {
      directory: path.join(options.dataDir, 'history'),
      pauseMs: options.historyPauseMs ?? 5 * 60_000,
      ...(options.historyDayOf && { dayOf: options.historyDayOf }),
      warn: log,
    },
  );
  // Comments on documents, in server-written rooms beside each document.
  const comments = new CommentService(rooms, directory, log);
  // Mentions in comments, and replies in a comment thread one wrote in, reach people's own rooms.
  const commentNotifications = new CommentNotifications(directory, rooms, comments, log);
  const api = createApi({
    history,
    directory,
    rooms,
    forum,
    comments,
    accessChanged: () => live.recheck(),
    signInAllowances: new AllowancesByKey(options.loginBurst ?? 10, options.loginRefillMs ?? 30_000),
    sessionTtlMs: options.sessionTtlMs ?? 30 * 24 * 60 * 60 * 1000,
    version: SERVER_VERSION,
    images: new ImageStore(path.join(options.dataDir, 'images')),
  });
  const connections = new OpenConnections<SyncConnection>(limits.keepAliveMs);
  const live = new LiveAccess(
    {
      authenticate: (token) => accounts.userForToken(token),
      decide: (user, room) => directory.access.room(user, room),
    },
    connections,
  );
  const caps = new SocketCaps(limits);
  const services: SyncServices = { rooms, limits, rates: connectionRates(limits), connections, caps, warn: log };
  const handler = createUpgradeHandler({
    authenticate: (token) => accounts.userForToken(token),
    // A thread room is opened only once the thread exists: no room is loaded for a made-up id.
    authorise: (user, room) => (forum.exists(room) ? directory.access.room(user, room) : 'missing'),
    accept: (socket, admitted) => {
      new SyncConnection(socket, admitted, services);
    },
    caps,
  });

  const requests = new RequestsUnderWay();
  const requestTimeout = options.requestTimeoutMs ?? 30_000;
  const server: Server = createServer(
    {
      requestTimeout,
      headersTimeout: Math.min(options.headersTimeoutMs ?? 20_000, requestTimeout),
      // How often those two are checked: often enough that a slow sender is answered near its deadline.
      connectionsCheckingInterval: Math.min(1000, requestTimeout),
    },
    getRequestListener(requests.track(api.fetch)),
  );
  server.on('upgrade', handler);
  server.on('clientError', answerClientError);
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port ?? 0, options.host ?? '127.0.0.1', () => resolve());
  });
  const address = server.address() as AddressInfo;
  const host = address.family === 'IPv6' ? `[${address.address}]` : address.address;

  let closing: Promise<void> | null = null;
  return {
    url: `http://${host}:${address.port}`,
    port: address.port,
    accounts,
    directory,
    rooms,
    history,
    forum,
    forumEvents,
    recheckAccess: () => live.recheck(),
    close() {
      closing ??= (async () => {
        for (const connection of connections) connection.close(CloseCode.serverShutdown, 'server shutting down');
        server.closeAllConnections();
        await new Promise<void>((resolve) => server.close(() => resolve()));
        for (const connection of connections) connection.terminate();
        connections.stop();
        // A request whose socket was just closed may still be writing: it finishes before the stores close.
        await requests.finished();
        await spaceIndex.close();
        await notifications.close();
        await history.close();
        await commentNotifications.close();
        await rooms.close();
        await directory.file.flush();
      })();
      return closing;
    },
  };
}
