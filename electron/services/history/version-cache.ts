import { createHash } from 'node:crypto';
import { mkdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { z } from 'zod';
import { VersionEntry } from '../../../shared/history/versions';

/**
 * Versions already fetched, kept on the device so they open offline: one file per version,
 * `servers/<serverId>/history/<hash>.json`, named by a hash of the document's and the version's
 * ids (ids never become paths). A version never changes once kept (a rename only changes its
 * entry in the list), so a file is written once and read as it is; one that does not read back
 * is ignored (and fetched again when the server is reachable).
 */
const CachedVersion = z.object({ version: VersionEntry, update: z.string().regex(/^[A-Za-z0-9+/]*={0,2}$/) });

function cacheFile(dataDir: string, serverId: string, documentId: string, versionId: string): string {
  const hash = createHash('sha256').update(`${documentId}/${versionId}`).digest('hex');
  return path.join(dataDir, 'servers', serverId, 'history', `${hash}.json`);
}

export async function readCachedVersion(
  dataDir: string,
  serverId: string,
  documentId: string,
  versionId: string,
): Promise<{ version: VersionEntry; update: Uint8Array } | null> {
  try {
    const raw: unknown = JSON.parse(await readFile(cacheFile(dataDir, serverId, documentId, versionId), 'utf8'));
    const parsed = CachedVersion.safeParse(raw);
    if (!parsed.success || parsed.data.version.id !== versionId) return null;
    return { version: parsed.data.version, update: new Uint8Array(Buffer.from(parsed.data.update, 'base64')) };
  } catch {
    return null;
  }
}

/** Written beside its place and renamed over it: a crash leaves the old file or the new, never half of one. */
export async function keepVersion(
  dataDir: string,
  serverId: string,
  documentId: string,
  version: VersionEntry,
  updateBase64: string,
): Promise<void> {
  const file = cacheFile(dataDir, serverId, documentId, version.id);
  const temporary = `${file}.writing-${process.pid}`;
  try {
    await mkdir(path.dirname(file), { recursive: true });
    await writeFile(temporary, JSON.stringify({ version, update: updateBase64 }));
    await rename(temporary, file);
  } catch {
    // Not kept this time: the version still opens now, and is fetched again next time.
    await rm(temporary, { force: true }).catch(() => undefined);
  }
}
