import { useNavigate, useSearchParams } from 'react-router';
import { useGoBack } from '../../app/navigation/useGoBack';
import { useStillHere } from '../../app/navigation/useStillHere';
import { nextAfterSignIn, paths } from '../../app/paths';
import { useServers } from '../../data/servers';
import { SignInForm } from './SignInForm';

/** "Add a server": sign in to another server while signed in to one; Cancel goes back. */
export function AddServerScreen() {
  const navigate = useNavigate();
  const [params] = useSearchParams();
  const stillHere = useStillHere();
  const { entries } = useServers();
  const goBack = useGoBack(paths.home());
  const anySignedIn = entries.some((entry) => entry.user);
  return (
    <SignInForm
      defaultUrl={params.get('url') ?? ''}
      adding
      sessionEnded={false}
      onSignedIn={(serverId) =>
        stillHere() && void navigate(nextAfterSignIn(params) ?? paths.server(serverId), { replace: true })
      }
      onHaveInvite={() => void navigate(paths.join())}
      onCancel={anySignedIn ? goBack : undefined}
    />
  );
}
