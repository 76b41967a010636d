import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { InviteInfo } from '../../../../shared/ipc/contract';
import { parseInvite } from '../../../../shared/spaces/invite-link';
import { usePreviewInvite } from '../../data/invites';
import { useServers } from '../../data/servers';
import { translate } from '../../i18n/message';
import { inviteErrorMessage, type InviteError } from './invite-errors';

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
  const [error, setError] = useState<{ code: InviteError; server: string | null } | null>(null);
  const { entries } = useServers();
  const preview = usePreviewInvite();
  const id = useId();

  const check = async (event: FormEvent) => {
    event.preventDefault();
    onChecked(null);
    const parsed = parseInvite(text);
    if (!parsed) return setError({ code: 'not-an-invite', server: null });
    if (!parsed.serverUrl && !serverIdForCode) return setError({ code: 'needs-link', server: null });
    const server = parsed.serverUrl ?? entries.find((entry) => entry.id === serverIdForCode)?.url ?? null;
    setError(null);
    const result = await preview.mutateAsync({
      invite: text.trim(),
      serverId: parsed.serverUrl ? undefined : (serverIdForCode ?? undefined),
    });
    if (result.ok) onChecked(result.value);
    else setError({ code: result.error, server });
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
          {translate(t, inviteErrorMessage(error.code, error.server))}
        </p>
      )}
      <button type="submit" disabled={preview.isPending}>
        {t('invites.check')}
      </button>
    </form>
  );
}
