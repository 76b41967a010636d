import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { InviteInfo, ServerEntry } from '../../../../shared/ipc/contract';
import type { FailureCode } from '../../data/host';
import { useAcceptInvite } from '../../data/invites';
import { translate } from '../../i18n/message';
import { inviteErrorMessage } from '../invites/invite-errors';
import { InviteCheckForm } from '../invites/InviteCheckForm';
import { InvitePreviewCard } from '../invites/InvitePreviewCard';

/**
 * "Join a space with an invite" on the spaces screen. An invite for a server this device is
 * signed in to is joined at once; one for any other server leads to sign-in or sign-up there.
 */
export function JoinWithInvite({
  server,
  servers,
  onJoined,
  onSignInForInvite,
}: {
  server: ServerEntry;
  servers: readonly ServerEntry[];
  onJoined: (serverId: string, space: SpaceSummary) => void;
  onSignInForInvite: (info: InviteInfo) => void;
}) {
  const { t } = useTranslation();
  const headingId = useId();
  const heading = useRef<HTMLHeadingElement>(null);
  const [info, setInfo] = useState<InviteInfo | null>(null);
  const [attempt, setAttempt] = useState(0);
  const [error, setError] = useState<FailureCode | null>(null);
  const accept = useAcceptInvite();
  const target = info?.serverId ? servers.find((entry) => entry.id === info.serverId && entry.user) : undefined;

  const join = async () => {
    if (!info || !target) return;
    const result = await accept.mutateAsync({ serverId: target.id, code: info.code });
    if (result.ok) onJoined(target.id, result.value);
    else setError(result.error);
  };

  return (
    <section className="join-invite" aria-labelledby={headingId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('spaces.joinHeading')}
      </h2>
      <InviteCheckForm
        key={attempt}
        serverIdForCode={server.id}
        onChecked={(next) => {
          setError(null);
          setInfo(next);
        }}
      />
      {info && (
        <InvitePreviewCard info={info} headingLevel={3}>
          {error && (
            <p role="alert" className="form-error">
              {translate(t, inviteErrorMessage(error, info.serverUrl))}
            </p>
          )}
          <div className="actions">
            {target ? (
              <button type="button" className="primary" disabled={accept.isPending} onClick={() => void join()}>
                {t('invites.join')}
              </button>
            ) : (
              <button type="button" className="primary" onClick={() => onSignInForInvite(info)}>
                {t('invites.signInToJoin')}
              </button>
            )}
            <button
              type="button"
              onClick={() => {
                setInfo(null);
                setAttempt((count) => count + 1);
                heading.current?.focus();
              }}
            >
              {t('invites.notNow')}
            </button>
          </div>
        </InvitePreviewCard>
      )}
    </section>
  );
}
