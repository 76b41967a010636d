import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { HttpUrl } from '../../../../shared/ipc/contract';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useSignIn } from '../../data/session';
import type { FailureCode } from '../../data/host';

/**
 * Sign in with a server's address, email and password: the first server, or another one
 * ("Add a server", which can be cancelled). "Have an invite?" leads to joining by invite.
 */
export function SignInForm({
  defaultUrl,
  adding,
  sessionEnded,
  onSignedIn,
  onHaveInvite,
  onCancel,
}: {
  defaultUrl: string;
  adding: boolean;
  sessionEnded: boolean;
  onSignedIn: (serverId: string) => void;
  onHaveInvite: () => void;
  onCancel?: () => void;
}) {
  const { t } = useTranslation();
  const heading = useScreenHeading<HTMLHeadingElement>();
  useWindowTitle(adding ? t('signIn.addTitle') : t('signIn.title'));
  const [url, setUrl] = useState(defaultUrl);
  const [email, setEmail] = useState('');
  const [password, setPassword] = useState('');
  const [error, setError] = useState<FailureCode | 'url' | null>(null);
  const signIn = useSignIn();
  const busy = signIn.isPending;
  const ids = { url: useId(), email: useId(), password: useId(), intro: useId() };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (!HttpUrl.safeParse(url.trim()).success) return setError('url');
    setError(null);
    const result = await signIn.mutateAsync({ url: url.trim(), email, password });
    if (result.ok) onSignedIn(result.value.id);
    else setError(result.error);
  };

  return (
    <section className="screen narrow" aria-labelledby="sign-in-title">
      <h1 id="sign-in-title" ref={heading} tabIndex={-1}>
        {adding ? t('signIn.addTitle') : t('signIn.title')}
      </h1>
      {sessionEnded && (
        <p className="note" role="status">
          {t('errors.unauthorized')}
        </p>
      )}
      <p id={ids.intro}>{adding ? t('signIn.addIntro') : t('signIn.intro')}</p>
      <form className="stack" onSubmit={submit} aria-describedby={ids.intro} noValidate>
        <label htmlFor={ids.url}>{t('signIn.server')}</label>
        <input
          id={ids.url}
          type="url"
          value={url}
          onChange={(e) => setUrl(e.target.value)}
          autoComplete="url"
          required
          aria-invalid={error === 'url' || undefined}
        />
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
          {error && t(error === 'url' ? 'signIn.urlMissing' : `errors.${error}`)}
        </div>
        <div className="actions">
          <button type="submit" className="primary" disabled={busy}>
            {busy ? t('signIn.working') : t('signIn.submit')}
          </button>
          {onCancel && (
            <button type="button" onClick={onCancel}>
              {t('common.cancel')}
            </button>
          )}
        </div>
      </form>
      <p className="alternative">
        <button type="button" className="quiet" onClick={onHaveInvite}>
          {t('signIn.haveInvite')}
        </button>
      </p>
    </section>
  );
}
