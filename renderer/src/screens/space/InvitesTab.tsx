import { useEffect, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/schemas';
import type { Invite, SpaceSummary } from '../../../../shared/api/spaces';
import type { NewInvite } from '../../../../shared/ipc/contract';
import { InviteTable } from './InviteTable';
import { NewInviteForm } from './NewInviteForm';
import { NewInviteLink } from './NewInviteLink';

/** For a space's admins: create an invite (its link shown once), and see and revoke the ones still open. */
export function InvitesTab({ serverId, space }: { serverId: string; space: SpaceSummary }) {
  const { t } = useTranslation();
  const api = window.branchline;
  const createHeadingId = useId();
  const createHeading = useRef<HTMLHeadingElement>(null);
  const openHeading = useRef<HTMLHeadingElement>(null);
  const [invites, setInvites] = useState<Invite[] | null>(null);
  const [created, setCreated] = useState<NewInvite | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    let live = true;
    void api.invites.list({ serverId, spaceId: space.id }).then((result) => {
      if (!live) return;
      if (result.ok) setInvites(result.value);
      else setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [api, serverId, space.id]);

  const revoke = async (invite: Invite) => {
    setError(null);
    const result = await api.invites.revoke({ serverId, spaceId: space.id, inviteId: invite.id });
    if (!result.ok) return setError(result.error);
    setInvites((list) => (list ?? []).filter((item) => item.id !== invite.id));
    setAnnouncement(t('invites.revoked'));
    // The row and its button are gone; the list's heading is the nearest place to carry on from.
    openHeading.current?.focus();
  };

  return (
    <>
      {created && (
        <NewInviteLink
          invite={created}
          onDone={() => {
            setCreated(null);
            requestAnimationFrame(() => createHeading.current?.focus());
          }}
        />
      )}
      <h2 id={createHeadingId} ref={createHeading} tabIndex={-1}>
        {t('invites.createHeading')}
      </h2>
      {space.archived ? (
        <p className="note">{t('invites.archivedNote')}</p>
      ) : (
        <NewInviteForm
          serverId={serverId}
          spaceId={space.id}
          headingId={createHeadingId}
          onCreated={(invite) => {
            // A newer invite takes the place of the one shown; its link is shown once too.
            setCreated(invite);
            setInvites((list) => [invite.invite, ...(list ?? [])]);
          }}
        />
      )}
      <h2 ref={openHeading} tabIndex={-1}>
        {t('invites.openHeading')}
      </h2>
      {error && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
      {invites === null && !error && <p>{t('common.loading')}</p>}
      {invites && invites.length === 0 && <p>{t('invites.none')}</p>}
      {invites && invites.length > 0 && <InviteTable invites={invites} onRevoke={(invite) => void revoke(invite)} />}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
