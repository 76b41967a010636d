import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { documentRoom } from '../../shared/rooms';
import type { Directory } from '../accounts/directory';
import { generatePassword } from '../accounts/passwords';
import { documentContentUpdate } from '../content/initial-content';
import type { ForumService } from '../forum/forum-service';
import type { Rooms } from '../sync/rooms';
import { demoDocuments } from './documents';
import { seedForums } from './seed-forums';
import { demoPeople, demoSpaces } from './spaces';

export const DEMO_EMAIL = 'demo@branchline.local';
export const DEMO_ACCOUNT_FILE = 'demo-account.json';

/**
 * Seeds an empty server with a demo organisation, once: people, spaces in which the demo
 * account holds different roles, documents in more than one space, and forums written through
 * the forum's service (server/demo/seed-forums.ts). The demo account's password goes to a file
 * only the local user can read, for the host to sign in.
 */
export async function seedDemo(
  dataDir: string,
  directory: Directory,
  rooms: Rooms,
  forum: ForumService,
): Promise<boolean> {
  const { accounts, spaces, documents } = directory;
  if (!accounts.isEmpty()) return false;
  await accounts.setOrganisation('Libraries Connected – demo network');
  const password = generatePassword();
  const ids = new Map<string, string>();
  ids.set('demo', (await accounts.addUser({ email: DEMO_EMAIL, name: 'Demo Librarian', password })).id);
  for (const person of demoPeople) {
    const user = await accounts.addUser({
      email: person.email,
      name: person.name,
      password: generatePassword(),
      serverAdmin: person.serverAdmin,
    });
    await accounts.updateProfile(user.id, { service: person.service, region: person.region });
    ids.set(person.key, user.id);
  }
  const made = new Map<string, { id: string; moderator: string }>();
  for (const seed of demoSpaces) {
    const creator = accounts.findUser(ids.get(seed.createdBy)!)!;
    const space = await spaces.create(seed.details, creator);
    made.set(seed.details.name, { id: space.id, moderator: seed.createdBy });
    for (const [key, role] of Object.entries(seed.roles)) await spaces.setRole(space.id, ids.get(key)!, role);
    for (const title of seed.documents) {
      const content = demoDocuments.find((candidate) => candidate.title === title)!;
      const document = await documents.add(title, space.id, creator.id);
      await rooms.create(documentRoom(document.id), documentContentUpdate(content.blocks));
    }
    if (seed.archived) await spaces.update(space.id, { archived: true });
  }
  await seedForums({ forum, accounts, rooms, people: ids }, made);
  const file = path.join(dataDir, DEMO_ACCOUNT_FILE);
  await writeFile(file, JSON.stringify({ email: DEMO_EMAIL, password }, null, 2), { mode: 0o600 });
  await chmod(file, 0o600);
  return true;
}
