import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteInfo } from '../../../../shared/ipc/contract';
import type { FailureCode } from '../../data/host';
import { useSignIn } from '../../data/session';
import type { AfterSignIn } from './after-sign-in';

/** An existing account on the invite's server: sign in there, then the app accepts the invite. */
export function SignInToJoin({
  info,
  onSignedIn,
  onNeedAccount,
}: {
  info: InviteInfo;
  onSignedIn: (serverId: string, then: AfterSignIn) => void;
  onNeedAccount: () => void;
}) {
  const { t } = useTranslation();
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<FailureCode | null>(null);
  const signIn = useSignIn();
  const ids = { email: useId(), password: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const result = await signIn.mutateAsync({ url: info.serverUrl, email, password });
    if (result.ok) onSignedIn(result.value.id, { acceptCode: info.code });
    else setError(result.error);
  };

  return (
    <>
      <h2>{t('inviteArrival.signInTitle')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <label htmlFor={ids.email}>{t('signIn.email')}</label>
        <input
          id={ids.email}
          type="email"
          value={email}
          onChange={(e) => setEmail(e.target.value)}
          autoComplete="username"
          required
        />
        <label htmlFor={ids.password}>{t('signIn.password')}</label>
        <input
          id={ids.password}
          type="password"
          value={password}
          onChange={(e) => setPassword(e.target.value)}
          autoComplete="current-password"
          required
        />
        <div role="alert" className="form-error">
          {error && t(`errors.${error}`)}
        </div>
        <button type="submit" className="primary" disabled={signIn.isPending}>
          {signIn.isPending ? t('signIn.working') : t('inviteArrival.signInAndJoin')}
        </button>
      </form>
      <p className="alternative">
        <button type="button" className="quiet" onClick={onNeedAccount}>
          {t('inviteArrival.needAccount')}
        </button>
      </p>
    </>
  );
}
