import { Navigate, useNavigate, useSearchParams } from 'react-router';
import { Frame } from '../../app/frame/Frame';
import { useStillHere } from '../../app/navigation/useStillHere';
import { nextAfterSignIn, paths } from '../../app/paths';
import { shownServer } from '../../app/server-entries';
import { useServers } from '../../data/servers';
import { SignInAgain } from './SignInAgain';
import { SignInForm } from './SignInForm';

const FALLBACK_SERVER_URL = 'http://127.0.0.1:4455';

/**
 * `/sign-in`: the first sign-in on this device (or after signing out of every server), or,
 * with `?server=`, signing in again to a server whose session has ended.
 */
export function SignInScreen() {
  const [params] = useSearchParams();
  const { entries, ended } = useServers();
  const navigate = useNavigate();
  const stillHere = useStillHere();
  const again = entries.find((entry) => entry.id === params.get('server'));
  if (again?.user) return <Navigate to={paths.server(again.id)} replace />;

  const anySignedIn = entries.some((entry) => entry.user);
  const shown = shownServer(entries);
  const arrive = (serverId: string) =>
    stillHere() && void navigate(nextAfterSignIn(params) ?? paths.server(serverId), { replace: true });
  return (
    <Frame>
      {again ? (
        <SignInAgain server={again} onSignedIn={arrive} />
      ) : (
        <SignInForm
          defaultUrl={shown?.url ?? FALLBACK_SERVER_URL}
          adding={false}
          sessionEnded={!anySignedIn && ended.size > 0}
          onSignedIn={arrive}
          onHaveInvite={() => void navigate(paths.join())}
        />
      )}
    </Frame>
  );
}
