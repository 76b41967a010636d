import { AccessPolicy } from '../spaces/access';
import { Documents } from '../spaces/documents';
import { Invites } from '../spaces/invites';
import { Spaces } from '../spaces/spaces';
import { SpaceTemplates } from '../spaces/templates';
import { Accounts } from './accounts';
import { DirectoryFile } from './directory-file';
import { Receipts } from './receipts';

/** Everything accounts.json holds, opened together: they share one file and its writes. */
export async function openDirectory(dataDir: string, warn?: (message: string) => void) {
  const file = await DirectoryFile.open(dataDir, warn);
  const accounts = new Accounts(file);
  const spaces = new Spaces(file);
  const documents = new Documents(file, spaces);
  const invites = new Invites(file);
  return {
    file,
    accounts,
    spaces,
    documents,
    invites,
    receipts: new Receipts(file),
    templates: new SpaceTemplates(file),
    access: new AccessPolicy(spaces, documents),
  };
}

export type Directory = Awaited<ReturnType<typeof openDirectory>>;
