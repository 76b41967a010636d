import { useNavigate } from 'react-router';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { paths } from '../../app/paths';
import { useServers } from '../../data/servers';
import { SignInForm } from './SignInForm';

/**
 * Sign-in for a server this device knows but is signed out of (its session ended, or the
 * person signed out). Once signed in, the screen that asked for it shows, unless `onSignedIn`
 * says where to go instead.
 */
export function SignInAgain({ server, onSignedIn }: { server: ServerEntry; onSignedIn?: (serverId: string) => void }) {
  const { ended } = useServers();
  const navigate = useNavigate();
  return (
    <SignInForm
      key={server.id}
      defaultUrl={server.url}
      adding={false}
      sessionEnded={ended.has(server.id)}
      onSignedIn={(serverId) => onSignedIn?.(serverId)}
      onHaveInvite={() => void navigate(paths.join())}
    />
  );
}
