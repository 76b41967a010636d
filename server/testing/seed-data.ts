import { DocumentMeta } from '../../shared/api/schemas';
import { openDirectory } from '../accounts/directory';
import { newDocumentId } from '../spaces/documents';
import { ann } from './temp-server';

/** A member with bad intentions: may write in Ann's space, so every attack comes from inside it. */
export const mallory = {
  email: 'mallory@hostile.example',
  name: 'Mallory Hostile',
  password: 'a member with bad intent',
};

/**
 * Fills a data folder for a server run in its own process: Ann (server admin, admin of one
 * space), Mallory (a member there), and `emptyDocuments` documents with no content yet (their
 * rooms load empty), written in one save.
 */
export async function seedDataFolder(
  dataDir: string,
  options: { emptyDocuments?: number } = {},
): Promise<{ spaceId: string; emptyDocumentIds: string[] }> {
  const directory = await openDirectory(dataDir, () => undefined);
  const admin = await directory.accounts.addUser({ ...ann, serverAdmin: true });
  const member = await directory.accounts.addUser(mallory);
  const space = await directory.spaces.create(
    { name: 'South West committee', description: '', nameCy: null, descriptionCy: null },
    directory.accounts.findUser(admin.id)!,
  );
  await directory.spaces.setRole(space.id, member.id, 'member');
  const now = new Date().toISOString();
  const emptyDocumentIds = Array.from({ length: options.emptyDocuments ?? 0 }, () => newDocumentId());
  for (const id of emptyDocumentIds) {
    directory.file.data.documents.push(
      DocumentMeta.parse({
        id,
        title: `Empty ${id}`,
        createdAt: now,
        updatedAt: now,
        createdBy: admin.id,
        spaceId: space.id,
      }),
    );
  }
  await directory.file.save();
  await directory.file.flush();
  return { spaceId: space.id, emptyDocumentIds };
}
