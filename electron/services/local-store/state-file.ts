import { defaultLocalState, LocalState, LocalStateV1 } from './state-schema';
import { describeIssues, openJsonFile, type ReadResult } from './json-file';
import type { StoreHealthTracker } from './store-health';

export type StateFileOptions = { file: string; health: StoreHealthTracker; log?: (message: string) => void };

/** Each server's documents index as version 1 kept it, to move into that server's cache. */
export type MovedDocumentIndex = Record<string, unknown[]>;

function upgradeFromV1(old: LocalStateV1): LocalState {
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

/**
 * Settings and servers in `branchline.json`. A file that does not parse or validate is set
 * aside and the app starts from defaults; a version-1 file is upgraded in place (a copy of it
 * is kept), and its documents index is handed over for the per-server caches.
 */
export async function openStateFile(options: StateFileOptions) {
  const moved: MovedDocumentIndex = {};
  const read = (raw: unknown): ReadResult<LocalState> => {
    const current = LocalState.safeParse(raw);
    if (current.success) return { ok: true, value: current.data, upgraded: false };
    const old = LocalStateV1.safeParse(raw);
    if (old.success) {
      Object.assign(moved, old.data.documentIndex);
      return { ok: true, value: upgradeFromV1(old.data), upgraded: true };
    }
    // Name the problems against the version the file says it is, not the one it failed to be.
    const issues = (raw as { version?: unknown } | null)?.version === 1 ? old.error.issues : current.error.issues;
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
