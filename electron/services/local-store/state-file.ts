import { defaultLocalState, LocalState, LocalStateV1, LocalStateV2 } from './state-schema';
import { describeIssues, openJsonFile, type ReadResult } from './json-file';
import type { StoreHealthTracker } from './store-health';

export type StateFileOptions = { file: string; health: StoreHealthTracker; log?: (message: string) => void };

/** Each server's documents index as version 1 kept it, to move into that server's cache. */
export type MovedDocumentIndex = Record<string, unknown[]>;

function upgradeFromV1(old: LocalStateV1): LocalStateV2 {
  const firstSignedIn = old.servers.find((server) => server.user && server.token);
  const fallback = old.servers.find((server) => server.isDefault) ?? old.servers[0];
  return {
    version: 2,
    settings: old.settings,
    servers: old.servers.map((server) => ({ ...server, serverAdmin: false })),
    activeServerId: (firstSignedIn ?? fallback)?.id ?? null,
    demoSignedIn: old.demoSignedIn,
  };
}

function upgradeFromV2(old: LocalStateV2): LocalState {
  return { ...old, version: 3, servers: old.servers.map((server) => ({ ...server, earlierUrls: [] })) };
}

/**
 * Settings and servers in `branchline.json`. A file that does not parse or validate is set
 * aside and the app starts from defaults; a file of an earlier version is upgraded in place (a
 * copy of it is kept), and a version-1 file's documents index is handed over for the per-server
 * caches.
 */
export async function openStateFile(options: StateFileOptions) {
  const moved: MovedDocumentIndex = {};
  const read = (raw: unknown): ReadResult<LocalState> => {
    const current = LocalState.safeParse(raw);
    if (current.success) return { ok: true, value: current.data, upgraded: false };
    const v2 = LocalStateV2.safeParse(raw);
    if (v2.success) return { ok: true, value: upgradeFromV2(v2.data), upgraded: true };
    const old = LocalStateV1.safeParse(raw);
    if (old.success) {
      Object.assign(moved, old.data.documentIndex);
      return { ok: true, value: upgradeFromV2(upgradeFromV1(old.data)), upgraded: true };
    }
    // Name the problems against the version the file says it is, not the one it failed to be.
    const version = (raw as { version?: unknown } | null)?.version;
    const issues = version === 1 ? old.error.issues : version === 2 ? v2.error.issues : current.error.issues;
    return { ok: false, reason: `it does not match the expected shape (${describeIssues(issues)})` };
  };
  const file = await openJsonFile({
    file: options.file,
    read,
    check: (value) => LocalState.parse(value),
    defaults: defaultLocalState,
    what: 'settings',
    fallback: 'the app started with default settings and no saved sign-ins',
    health: options.health,
    log: options.log ?? ((message: string) => console.warn(message)),
  });
  return Object.assign(file, { movedDocumentIndex: moved });
}

export type StateFile = Awaited<ReturnType<typeof openStateFile>>;
