import { z } from 'zod';
import { ChangeKey, DocumentId, InviteId, ServerId, SpaceId, UserId } from '../ids';
import {
  DocumentLanguage,
  DocumentMeta,
  DocumentTitle,
  DisplayName,
  Email,
  Password,
  ProfileUpdate,
  PublicUser,
} from '../api/schemas';
import {
  CreateInviteRequest,
  CreateSpaceRequest,
  Invite,
  Member,
  NewPassword,
  SpaceSummary,
  UpdateSpaceRequest,
} from '../api/spaces';
import { InviteCode } from '../spaces/invite-link';
import { Role } from '../spaces/permissions';
import { RoomName } from '../rooms';
import { Person } from '../api/people';
import { SearchQuery, SearchResults } from '../search/hits';
import {
  AppInfo,
  Bytes,
  Connection,
  DocumentAccessInfo,
  DocumentList,
  HttpUrl,
  InviteInfo,
  NewInvite,
  result,
  ServerEntry,
  Settings,
  SpaceList,
  StoreHealth,
} from './values';
import { CommentChangeResult, DocumentChangeResult, ForumChangeResult, ServerOutbox } from './outbox';
import { CommentOutboxChange } from './comment-changes';
import { Draft, DraftKey, ForumOutboxChange } from './forum-changes';
import { documentLibraryContract } from './document-library-contract';
import { CategoryId, PostId, ThreadId } from '../ids';
import { WatchLevel } from '../forum/forum-rooms';
import { historyIpc } from './history-contract';
import { spellingContract } from './spelling-contract';
import { mediaContract } from './media-contract';
import { documentFilesContract } from './export-contract';

export * from './values';
export * from './outbox';
export * from './forum-changes';
export * from './history-contract';
export * from './comment-changes';

/**
 * The one typed contract between the renderer and the host (Electron main, or the browser
 * host). The preload and the browser bridge build `window.branchline` from it; the hosts
 * register handlers that `satisfies HostHandlers`, and validate every payload with `input`.
 * A channel's name is `<namespace>:<method>`; no channel string is written anywhere else.
 */

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

const ServerRef = z.object({ serverId: ServerId });
const SpaceRef = ServerRef.extend({ spaceId: SpaceId });
const RoomRef = ServerRef.extend({ room: RoomName });
const Done = result(z.null());

/**
 * Links that open the app (shared/links.ts reads them): a document or an invite on some
 * server, as `branchline://` delivers it, and as `links.resolve` places it among this device's
 * servers (`serverId` null when the device knows no such server).
 */
export const AppLinkValue = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), serverUrl: HttpUrl, documentId: DocumentId }),
  z.object({ kind: z.literal('invite'), serverUrl: HttpUrl, code: InviteCode }),
]);
export type AppLinkValue = z.infer<typeof AppLinkValue>;
export const ResolvedLink = z.discriminatedUnion('kind', [
  z.object({ kind: z.literal('document'), serverId: ServerId.nullable(), serverUrl: HttpUrl, documentId: DocumentId }),
  z.object({ kind: z.literal('invite'), serverId: ServerId.nullable(), serverUrl: HttpUrl, code: InviteCode }),
]);
export type ResolvedLink = z.infer<typeof ResolvedLink>;

export const ipcContract = {
  app: {
    info: method(z.undefined(), AppInfo),
  },
  settings: {
    get: method(z.undefined(), Settings),
    update: method(Settings.partial(), Settings),
  },
  servers: {
    list: method(z.undefined(), z.array(ServerEntry)),
    /** Signs in; a server already listed with the same address is reused, else one is added. */
    signIn: method(z.object({ url: HttpUrl, email: Email, password: Password }), result(ServerEntry)),
    /** Makes an account with an invite code, joins its space and signs in (adding the server if new). */
    signUp: method(
      z.object({ url: HttpUrl, code: InviteCode, email: Email, name: DisplayName, password: NewPassword }),
      result(ServerEntry),
    ),
    signOut: method(ServerRef, z.undefined()),
    /** The server the window shows; its activity counts as seen. */
    activate: method(ServerRef, z.array(ServerEntry)),
    /**
     * Asks the server whether this device's session is still good. One it no longer accepts is
     * ended here too (the entry's user becomes null, and 'servers:changed' says so); an
     * unreachable server changes nothing.
     */
    verify: method(ServerRef, result(ServerEntry)),
    /** What the renderer needs to open a sync socket; a failure when signed out. */
    connection: method(ServerRef, result(Connection)),
  },
  profile: {
    /** Changes one's own profile on that server; the entry's `user` follows. */
    update: method(ServerRef.extend({ changes: ProfileUpdate }), result(PublicUser)),
  },
  spaces: {
    /** From the server when reachable, else as this device last saw them. */
    list: method(ServerRef, result(SpaceList)),
    get: method(SpaceRef, result(SpaceSummary)),
    create: method(ServerRef.extend({ space: CreateSpaceRequest }), result(SpaceSummary)),
    /** Details, or `archived` to archive or restore. */
    update: method(SpaceRef.extend({ changes: UpdateSpaceRequest }), result(SpaceSummary)),
  },
  members: {
    list: method(SpaceRef, result(z.array(Member))),
    setRole: method(SpaceRef.extend({ userId: UserId, role: Role }), result(Member)),
    /** Removes someone; with one's own id, leaves the space. */
    remove: method(SpaceRef.extend({ userId: UserId }), Done),
  },
  invites: {
    /** Reads a pasted link or code; a bare code needs `serverId` to say which server it is for. */
    preview: method(z.object({ invite: z.string().max(2048), serverId: ServerId.optional() }), result(InviteInfo)),
    /** Joins the invite's space, signed in as oneself. */
    accept: method(ServerRef.extend({ code: InviteCode }), result(SpaceSummary)),
    list: method(SpaceRef, result(z.array(Invite))),
    create: method(SpaceRef.extend({ invite: CreateInviteRequest }), result(NewInvite)),
    revoke: method(SpaceRef.extend({ inviteId: InviteId }), Done),
  },
  documents: {
    /** A space's documents: from the server when reachable, else from the local index. */
    list: method(SpaceRef, result(DocumentList)),
    /**
     * Through the outbox: `saved` when the server took it at once, `queued` when it could not be reached.
     * With `fromThread`, the document starts with that thread's shown posts.
     */
    create: method(
      SpaceRef.extend({
        title: DocumentTitle,
        fromThread: ThreadId.optional(),
        posts: z.array(PostId).max(500).optional(),
        template: z.string().min(1).max(64).optional(),
        language: DocumentLanguage.optional(),
      }),
      result(DocumentChangeResult),
    ),
    /** Through the outbox, like `create`; a queued rename shows in this device's index at once. */
    rename: method(ServerRef.extend({ documentId: DocumentId, title: DocumentTitle }), result(DocumentChangeResult)),
    /** Moves a document to another space (admins of both). */
    move: method(ServerRef.extend({ documentId: DocumentId, spaceId: SpaceId }), result(DocumentMeta)),
    /** Whether one may write or only read; offline, as this device last knew. */
    access: method(ServerRef.extend({ documentId: DocumentId }), result(DocumentAccessInfo)),
  },
  library: documentLibraryContract,
  forum: {
    /**
     * Any change to the forum, through the outbox (shared/ipc/forum-changes.ts): `saved` when the
     * server took it at once, `queued` when it could not be reached (the thread shows it as waiting).
     */
    change: method(ServerRef.extend({ change: ForumOutboxChange }), result(ForumChangeResult)),
    /** One's read position in a thread (only moves forward); sent at once, not kept when offline. */
    markRead: method(SpaceRef.extend({ threadId: ThreadId, seq: z.number().int().nonnegative() }), Done),
    /** Every thread of the space read to its end. */
    markAllRead: method(SpaceRef, Done),
    /** Watch, follow normally or mute a thread or a category. */
    watch: method(
      SpaceRef.extend({
        target: z.union([z.object({ threadId: ThreadId }), z.object({ categoryId: CategoryId })]),
        level: WatchLevel,
      }),
      Done,
    ),
    /** Marks one's notifications on this server read: those named, or all. */
    notificationsRead: method(
      ServerRef.extend({ ids: z.array(z.string().max(100)).max(500).optional(), all: z.boolean().optional() }),
      Done,
    ),
  },
  comments: {
    /** Any change to a document's comments, through the outbox (shared/ipc/comment-changes.ts), like `forum.change`. */
    change: method(ServerRef.extend({ change: CommentOutboxChange }), result(CommentChangeResult)),
  },
  drafts: {
    /** The draft kept on this device for that composer, if any. */
    get: method(ServerRef.extend({ key: DraftKey }), Draft.nullable()),
    /** Keeps (or with null, forgets) a draft; on disk before it resolves, so it survives a crash. */
    put: method(ServerRef.extend({ key: DraftKey, draft: Draft.nullable() }), z.undefined()),
  },
  search: {
    /**
     * Quick find: that server's spaces, documents (titles, and the text of those stored on this
     * device) and people, best first, from the device's index (offline too). Empty text finds
     * nothing. While the index is still reading stored documents, or its worker is starting
     * again, `indexing` is true (and the hits may be fewer, or none).
     */
    query: method(SearchQuery, SearchResults),
  },
  people: {
    /** The people one shares a space with: from the server when reachable, else as this device last saw them. */
    list: method(ServerRef, result(z.object({ people: z.array(Person), fromCache: z.boolean() }))),
  },
  recent: {
    /** Documents opened on this device, newest first (at most 10), only those it still knows; in one space when given. */
    list: method(ServerRef.extend({ spaceId: SpaceId.optional() }), z.array(DocumentMeta)),
    /** A document was opened (kept per server with the rest of its offline copy). */
    opened: method(ServerRef.extend({ documentId: DocumentId }), z.undefined()),
  },
  outbox: {
    /** The person's changes still waiting for this server (or refused by it), oldest first. */
    list: method(ServerRef, ServerOutbox),
    /** Drops one change unsent (a refused one, or one the person no longer wants). */
    discard: method(ServerRef.extend({ id: ChangeKey }), ServerOutbox),
    /** Tries to send what waits now instead of at the next retry. */
    retry: method(ServerRef, ServerOutbox),
  },
  rooms: {
    /**
     * The room's updates as stored on this device, oldest first; empty if never stored. Not
     * merged: the window applies them in one transaction (cheaper there than a merge here).
     */
    load: method(RoomRef, z.array(Bytes)),
    /** Appends one Yjs update; it is fsynced to disk within 100 ms (see electron/README.md for the measured figures). */
    append: method(RoomRef.extend({ update: Bytes }), z.undefined()),
  },
  store: {
    /** The device store's health now (also sent as 'store:health' whenever it changes). */
    health: method(z.undefined(), StoreHealth),
    /** The person has read about the damaged files: stop showing them. */
    dismissDamage: method(z.undefined(), StoreHealth),
  },
  shell: {
    /** Opens an http(s) or mailto link in the system browser. */
    openExternal: method(z.object({ url: z.string().max(2048) }), z.undefined()),
  },
  /** A document's versions (shared/ipc/history-contract.ts). */
  history: historyIpc,
  /** Images in documents (shared/ipc/media-contract.ts). */
  images: {
    put: method(mediaContract.put, mediaContract.putOutput),
    get: method(mediaContract.get, mediaContract.getOutput),
  },
  /** Export and import of documents (./export-contract.ts). */
  documentFiles: documentFilesContract,
  links: {
    /**
     * Reads a pasted or received link (bare, or inside `branchline://open?link=…`) and names the
     * entry of its server, matched by address, an earlier address of this device's own server
     * included (then `serverUrl` is its address now). Anything else is `invalid_request`.
     */
    resolve: method(z.object({ link: z.string().max(4096) }), result(ResolvedLink)),
    /**
     * The link the app was opened with that no window has had yet (the latest, once; then null).
     * The window calls it once at start, after subscribing to 'app:open-link'. The browser host
     * is never opened by a link: always null there.
     */
    takePending: method(z.undefined(), z.object({ link: AppLinkValue }).nullable()),
  },
  spelling: spellingContract,
} as const;

export const ipcEvents = {
  'servers:changed': z.array(ServerEntry),
  'store:health': StoreHealth,
  'outbox:changed': ServerOutbox,
  /** The desktop app was opened with a link (`branchline://open?link=…`) while the window listened. */
  'app:open-link': z.object({ link: AppLinkValue }),
} as const;

type Contract = typeof ipcContract;
export type Namespace = keyof Contract;
export type MethodOf<N extends Namespace> = keyof Contract[N] & string;
type Spec<N extends Namespace, M extends MethodOf<N>> = Contract[N][M] extends {
  input: infer I extends z.ZodType;
  output: infer O extends z.ZodType;
}
  ? { input: z.input<I>; output: z.output<O> }
  : never;

export type Channel = { [N in Namespace]: `${N}:${MethodOf<N>}` }[Namespace];
export type EventName = keyof typeof ipcEvents;
export type EventPayload<E extends EventName> = z.output<(typeof ipcEvents)[E]>;

/** What the host implements: one function per method, given the validated input. */
export type HostHandlers = {
  [N in Namespace]: {
    [M in MethodOf<N>]: (input: Spec<N, M>['input']) => Promise<Spec<N, M>['output']>;
  };
};

/** What the renderer sees as `window.branchline`. */
export type BranchlineApi = {
  [N in Namespace]: {
    [M in MethodOf<N>]: undefined extends Spec<N, M>['input']
      ? (input?: Spec<N, M>['input']) => Promise<Spec<N, M>['output']>
      : (input: Spec<N, M>['input']) => Promise<Spec<N, M>['output']>;
  };
} & {
  /** Subscribes to a host event; returns the unsubscribe function. */
  on<E extends EventName>(event: E, listener: (payload: EventPayload<E>) => void): () => void;
};

export function channelName(namespace: string, methodName: string): string {
  return `${namespace}:${methodName}`;
}

/** Every channel with its schemas, for hosts that register handlers generically. */
export function listChannels(): Array<{
  channel: string;
  namespace: Namespace;
  method: string;
  input: z.ZodType;
  output: z.ZodType;
}> {
  return Object.entries(ipcContract).flatMap(([namespace, methods]) =>
    Object.entries(methods).map(([name, spec]) => ({
      channel: channelName(namespace, name),
      namespace: namespace as Namespace,
      method: name,
      input: spec.input as z.ZodType,
      output: spec.output as z.ZodType,
    })),
  );
}
