import { chmod, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { documentRoom } from '../../shared/rooms';
import type { Accounts } from '../accounts/accounts';
import { generatePassword } from '../accounts/passwords';
import { documentContentUpdate } from '../content/initial-content';
import type { Rooms } from '../sync/rooms';
import { demoDocuments } from './documents';

export const DEMO_EMAIL = 'demo@branchline.local';
export const DEMO_ACCOUNT_FILE = 'demo-account.json';

/**
 * Seeds an empty server with a demo organisation, people and documents, once. The demo
 * account's password goes to a file only the local user can read, for the host to sign in.
 */
export async function seedDemo(dataDir: string, accounts: Accounts, rooms: Rooms): Promise<boolean> {
  if (!accounts.isEmpty()) return false;
  await accounts.setOrganisation('Libraries Connected – demo network');
  const password = generatePassword();
  const demo = await accounts.addUser({ email: DEMO_EMAIL, name: 'Demo Librarian', password });
  await accounts.addUser({ email: 'alys@gwynedd.example', name: 'Alys Pritchard', password: generatePassword() });
  await accounts.addUser({ email: 'sam@leeds.example', name: 'Sam Okafor', password: generatePassword() });
  for (const { title, blocks } of demoDocuments) {
    const document = await accounts.addDocument(title, demo.id);
    await rooms.create(documentRoom(document.id), documentContentUpdate(blocks));
  }
  const file = path.join(dataDir, DEMO_ACCOUNT_FILE);
  await writeFile(file, JSON.stringify({ email: DEMO_EMAIL, password }, null, 2), { mode: 0o600 });
  await chmod(file, 0o600);
  return true;
}
