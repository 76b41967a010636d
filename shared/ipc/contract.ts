import { z } from 'zod';
import { DocumentId, ServerId } from '../ids';
import { DocumentMeta, DocumentTitle, Email, ErrorCode, Organisation, Password, PublicUser } from '../api/schemas';
import { RoomName } from '../rooms';

/**
 * The one typed contract between the renderer and the host (Electron main, or the browser
 * host). The preload and the browser bridge build `window.branchline` from it; the hosts
 * register handlers that `satisfies HostHandlers`, and validate every payload with `input`.
 * A channel's name is `<namespace>:<method>`; no channel string is written anywhere else.
 */

const method = <I extends z.ZodType, O extends z.ZodType>(input: I, output: O) => ({ input, output });

export const Bytes = z.custom<Uint8Array>((value) => value instanceof Uint8Array, 'expected bytes');

/** A failure the user should see, as a catalogue key, never a stack trace. */
export const Failure = z.object({ ok: z.literal(false), error: ErrorCode });
export type Failure = z.infer<typeof Failure>;
export const result = <T extends z.ZodType>(value: T) =>
  z.discriminatedUnion('ok', [z.object({ ok: z.literal(true), value }), Failure]);
export type Result<T> = { ok: true; value: T } | Failure;

export const Locale = z.enum(['en', 'cy']);
export type Locale = z.infer<typeof Locale>;
export const LocaleSetting = z.enum(['system', 'en', 'cy']);
export type LocaleSetting = z.infer<typeof LocaleSetting>;

export const Settings = z.object({ locale: LocaleSetting });
export type Settings = z.infer<typeof Settings>;

export const AppInfo = z.object({
  host: z.enum(['electron', 'web']),
  version: z.string(),
  platform: z.string(),
  systemLocale: z.string(),
});
export type AppInfo = z.infer<typeof AppInfo>;

export const HttpUrl = z
  .string()
  .max(2048)
  .url()
  .refine((value) => /^https?:$/.test(new URL(value).protocol), 'http or https only');

export const ServerEntry = z.object({
  id: ServerId,
  url: HttpUrl,
  isDefault: z.boolean(),
  organisation: Organisation.nullable(),
  user: PublicUser.nullable(),
});
export type ServerEntry = z.infer<typeof ServerEntry>;

export const Connection = z.object({ syncUrl: z.string(), token: z.string(), user: PublicUser });
export type Connection = z.infer<typeof Connection>;

export const DocumentList = z.object({ documents: z.array(DocumentMeta), fromCache: z.boolean() });
export type DocumentList = z.infer<typeof DocumentList>;

export const StoreProblem = z.object({
  kind: z.enum(['read-only', 'disk-full', 'corrupt', 'io']),
  room: z.string().optional(),
  detail: z.string(),
});
export type StoreProblem = z.infer<typeof StoreProblem>;

const ServerRef = z.object({ serverId: ServerId });
const RoomRef = z.object({ serverId: ServerId, room: RoomName });

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
    signIn: method(
      z.object({ url: HttpUrl, email: Email, password: Password }),
      result(ServerEntry),
    ),
    signOut: method(ServerRef, z.undefined()),
    /**
     * Asks the server whether this device's session is still good. One it no longer accepts is
     * ended here too (the entry's user becomes null, and 'servers:changed' says so); an
     * unreachable server changes nothing.
     */
    verify: method(ServerRef, result(ServerEntry)),
    /** What the renderer needs to open a sync socket; a failure when signed out. */
    connection: method(ServerRef, result(Connection)),
  },
  documents: {
    /** From the server when reachable, else from the local index. */
    list: method(ServerRef, result(DocumentList)),
    create: method(ServerRef.extend({ title: DocumentTitle }), result(DocumentMeta)),
    rename: method(ServerRef.extend({ documentId: DocumentId, title: DocumentTitle }), result(DocumentMeta)),
  },
  rooms: {
    /** The room's state as stored on this device, merged into one update; null if never stored. */
    load: method(RoomRef, Bytes.nullable()),
    /** Appends one Yjs update; it is on disk within ~50 ms. */
    append: method(RoomRef.extend({ update: Bytes }), z.undefined()),
  },
  shell: {
    /** Opens an http(s) or mailto link in the system browser. */
    openExternal: method(z.object({ url: z.string().max(2048) }), z.undefined()),
  },
} as const;

export const ipcEvents = {
  'servers:changed': z.array(ServerEntry),
  'store:problem': StoreProblem,
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
export function listChannels(): Array<{ channel: string; namespace: Namespace; method: string; input: z.ZodType; output: z.ZodType }> {
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
