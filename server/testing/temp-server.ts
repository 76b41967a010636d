import { mkdtemp, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createBranchlineServer, type BranchlineServer, type ServerOptions } from '../app';
import { createDocument, signIn } from './clients';

export const ann = { email: 'ann@ascel.example', name: 'Ann Jones', password: 'reading for pleasure' };

/**
 * A real server on port 0 over a fresh data folder, with one account (Ann, a server admin)
 * and one space she administers; `cleanup` removes both.
 */
export async function startTempServer(
  overrides: Partial<ServerOptions> = {},
): Promise<{ server: BranchlineServer; dataDir: string; spaceId: string; cleanup(): Promise<void> }> {
  const dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-server-'));
  const server = await createBranchlineServer({ dataDir, port: 0, log: () => undefined, ...overrides });
  const created = await server.accounts.addUser({ ...ann, serverAdmin: true });
  const space = await server.directory.spaces.create(
    { name: 'South West committee', description: '', nameCy: null, descriptionCy: null },
    server.accounts.findUser(created.id)!,
  );
  return {
    server,
    dataDir,
    spaceId: space.id,
    async cleanup() {
      await server.close();
      await rm(dataDir, { recursive: true, force: true });
    },
  };
}

/** A temporary server with Ann signed in and one document created: the start of most sync tests. */
export async function startTempServerWithDocument(title: string, overrides: Partial<ServerOptions> = {}) {
  const context = await startTempServer(overrides);
  const token = await signIn(context.server.url, ann.email, ann.password);
  const documentId = await createDocument(context.server.url, token, title);
  return { ...context, token, documentId };
}
