import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { syncBaseUrl } from '../../shared/protocol';
import { documentRoom } from '../../shared/rooms';
import { createBranchlineServer } from '../../server/app';
import { measuredUsage, type BenchRequest, type RoomsReport } from './protocol';

/** Our server, in its own process for the bench, with one account and rooms made on request. */
const dataDir = await mkdtemp(path.join(tmpdir(), 'branchline-bench-'));
// Every bench client is one session from one address, which the limits against abuse exist to stop: they are
// raised so as not to refuse the bench, while every limiter still runs on every connection (its cost is measured).
const server = await createBranchlineServer({
  dataDir,
  port: 0,
  log: (message) => console.error(`[ours] ${message}`),
  loginBurst: 1000,
  syncLimits: {
    messageBurst: 1_000_000,
    byteBurst: 1024 * 1024 * 1024,
    byteRefillPerSecond: 1024 * 1024 * 1024,
    costlyBurst: 1_000_000,
    socketsPerSession: 100_000,
    socketsPerAddress: 100_000,
    upgradeBurst: 100_000,
    upgradeRefillMs: 1,
    idleRoomsLoaded: 100_000,
  },
});
const user = await server.accounts.addUser({
  email: 'bench@branchline.local',
  name: 'Bench',
  password: 'bench password',
});
const { token } = await server.accounts.createSession(user.id, 3_600_000);
// Rooms are authorised by role, as in real use: the bench account writes in its own space.
const space = await server.directory.spaces.create(
  { name: 'Bench', description: '', nameCy: null, descriptionCy: null },
  server.accounts.findUser(user.id)!,
);
let made = 0;

process.on('message', async (request: BenchRequest) => {
  if (request.type === 'usage') process.send!(measuredUsage());
  if (request.type === 'rooms') {
    // A new document's room holds one empty paragraph in real use; the bench's content replaces it.
    const content = request.contentFile ? new Uint8Array(await readFile(request.contentFile)) : new Uint8Array([0, 0]);
    const rooms: string[] = [];
    for (let i = 0; i < request.count; i++) {
      const document = await server.directory.documents.add(`Bench ${made++}`, space.id, user.id);
      const room = documentRoom(document.id);
      await server.rooms.create(room, content);
      rooms.push(room);
    }
    process.send!({ type: 'rooms', rooms, stored: true } satisfies RoomsReport);
  }
});
process.on('disconnect', async () => {
  await server.close();
  await rm(dataDir, { recursive: true, force: true });
  process.exit(0);
});
process.send!({ type: 'ready', url: server.url, syncBase: syncBaseUrl(server.url), token });
