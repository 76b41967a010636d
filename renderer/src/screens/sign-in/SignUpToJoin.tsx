import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayName, Email } from '../../../../shared/api/schemas';
import { NewPassword } from '../../../../shared/api/spaces';
import type { InviteInfo } from '../../../../shared/ipc/contract';
import { TextField } from '../../components/TextField';
import type { MessageKey } from '../../i18n/en';
import type { FailureCode } from '../../data/host';
import { useSignUp } from '../../data/session';
import type { AfterSignIn } from './after-sign-in';

type Field = 'name' | 'email' | 'password';

/** A new account on the invite's server, made with the invite: name, email, a password of 10 or more. */
export function SignUpToJoin({
  info,
  onSignedIn,
  onHaveAccount,
}: {
  info: InviteInfo;
  onSignedIn: (serverId: string, then: AfterSignIn) => void;
  onHaveAccount: () => void;
}) {
  const { t } = useTranslation();
  const [values, setValues] = useState({ name: '', email: '', password: '' });
  const [errors, setErrors] = useState<Partial<Record<Field, MessageKey>>>({});
  const [failure, setFailure] = useState<MessageKey | null>(null);
  const signUp = useSignUp();
  const nameField = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const emailField = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const passwordField = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const set = (key: Field) => (value: string) => setValues((current) => ({ ...current, [key]: value }));

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const found: Partial<Record<Field, MessageKey>> = {};
    if (!DisplayName.safeParse(values.name).success) found.name = 'inviteArrival.nameMissing';
    if (!Email.safeParse(values.email).success) found.email = 'inviteArrival.emailInvalid';
    if (!NewPassword.safeParse(values.password).success) found.password = 'inviteArrival.passwordShort';
    setErrors(found);
    const first = found.name ? nameField : found.email ? emailField : found.password ? passwordField : null;
    if (first) return first.current?.focus();
    setFailure(null);
    const result = await signUp.mutateAsync({ url: info.serverUrl, code: info.code, ...values });
    if (result.ok) onSignedIn(result.value.id, { openSpaceId: info.preview.space.id });
    else setFailure(explain(result.error));
  };

  return (
    <>
      <h2>{t('inviteArrival.newAccount')}</h2>
      <form className="stack" onSubmit={submit} noValidate>
        <TextField
          label={t('inviteArrival.name')}
          value={values.name}
          onChange={set('name')}
          error={errors.name && t(errors.name)}
          autoComplete="name"
          maxLength={100}
          required
          inputRef={nameField}
        />
        <TextField
          label={t('signIn.email')}
          type="email"
          value={values.email}
          onChange={set('email')}
          error={errors.email && t(errors.email)}
          autoComplete="email"
          maxLength={254}
          required
          inputRef={emailField}
        />
        <TextField
          label={t('inviteArrival.password')}
          type="password"
          value={values.password}
          onChange={set('password')}
          hint={t('inviteArrival.passwordHint')}
          error={errors.password && t(errors.password)}
          autoComplete="new-password"
          required
          inputRef={passwordField}
        />
        <div role="alert" className="form-error">
          {failure && t(failure)}
        </div>
        <button type="submit" className="primary" disabled={signUp.isPending}>
          {signUp.isPending ? t('common.working') : t('inviteArrival.createAndJoin')}
        </button>
      </form>
      <p className="alternative">
        <button type="button" className="quiet" onClick={onHaveAccount}>
          {t('inviteArrival.haveAccount')}
        </button>
      </p>
    </>
  );
}

function explain(error: FailureCode): MessageKey {
  if (error === 'conflict') return 'inviteArrival.emailTaken';
  if (error === 'not_found') return 'invites.notFound';
  return `errors.${error}`;
}
