import type { ReactNode } from 'react';
import { useServers } from '../../data/servers';
import { shownServer } from '../server-entries';
import { SignedOutFrame } from './SignedOutFrame';
import { WorkspaceFrame } from './WorkspaceFrame';

/**
 * For screens that belong to no one server (settings, adding a server, joining, a link being
 * opened): inside the workspace of the server last shown when someone is signed in, so the
 * sidebar stays; around sign-in when nobody is.
 */
export function Frame({ children }: { children: ReactNode }) {
  const { entries } = useServers();
  const shown = shownServer(entries);
  const server = shown?.user ? shown : entries.find((entry) => entry.user);
  if (!server) return <SignedOutFrame>{children}</SignedOutFrame>;
  return <WorkspaceFrame server={server}>{children}</WorkspaceFrame>;
}
