import { useEffect } from 'react';
import { Outlet, useParams } from 'react-router';
import { useServers } from '../data/servers';
import { NotFoundScreen } from '../screens/NotFoundScreen';
import { SignInAgain } from '../screens/sign-in/SignInAgain';
import { Frame } from './frame/Frame';
import { WorkspaceFrame } from './frame/WorkspaceFrame';

/**
 * Everything under `/s/:serverId`: that server's workspace when the device is signed in there
 * (the host is told it is the one on screen, so its news counts as seen); sign-in for it when
 * its session has ended; "not found" for a server this device does not know.
 */
export function ServerGate() {
  const { serverId } = useParams();
  const { entries, activate } = useServers();
  const server = entries.find((entry) => entry.id === serverId);
  const signedIn = Boolean(server?.user);
  const active = Boolean(server?.isActive);

  useEffect(() => {
    if (server && signedIn && !active) void activate(server.id);
  }, [server, signedIn, active, activate]);

  if (!server) {
    return (
      <Frame>
        <NotFoundScreen what="server" />
      </Frame>
    );
  }
  if (!server.user) {
    return (
      <Frame>
        <SignInAgain server={server} />
      </Frame>
    );
  }
  return (
    <WorkspaceFrame server={server}>
      <Outlet />
    </WorkspaceFrame>
  );
}
