import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteInfo } from '../../../../shared/ipc/contract';
import { parseInvite } from '../../../../shared/spaces/invite-link';
import type { FailureCode } from '../../data/host';
import { usePreviewInvite } from '../../data/invites';
import { inviteErrorKey } from './invite-errors';

/**
 * "Invite link or code" and "Check invite": asks the host what the invite says. A bare code
 * needs a server to ask, `serverIdForCode`; a link names its own.
 */
export function InviteCheckForm({
  serverIdForCode,
  initial = '',
  onChecked,
}: {
  serverIdForCode: string | null;
  initial?: string;
  onChecked: (info: InviteInfo | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial);
  const [error, setError] = useState<FailureCode | 'not-an-invite' | 'needs-link' | null>(null);
  const preview = usePreviewInvite();
  const id = useId();

  const check = async (event: FormEvent) => {
    event.preventDefault();
    onChecked(null);
    const parsed = parseInvite(text);
    if (!parsed) return setError('not-an-invite');
    if (!parsed.serverUrl && !serverIdForCode) return setError('needs-link');
    setError(null);
    const result = await preview.mutateAsync({
      invite: text.trim(),
      serverId: parsed.serverUrl ? undefined : (serverIdForCode ?? undefined),
    });
    if (result.ok) onChecked(result.value);
    else setError(result.error);
  };

  return (
    <form className="stack" onSubmit={check} noValidate>
      <label htmlFor={id}>{t('invites.field')}</label>
      <p id={`${id}-hint`} className="field-hint">
        {t('invites.fieldHint')}
      </p>
      <input
        id={id}
        value={text}
        onChange={(event) => setText(event.target.value)}
        spellCheck={false}
        autoComplete="off"
        aria-describedby={error ? `${id}-hint ${id}-error` : `${id}-hint`}
        aria-invalid={error ? true : undefined}
      />
      {error && (
        <p id={`${id}-error`} role="alert" className="field-error">
          {t(inviteErrorKey(error))}
        </p>
      )}
      <button type="submit" disabled={preview.isPending}>
        {t('invites.check')}
      </button>
    </form>
  );
}
