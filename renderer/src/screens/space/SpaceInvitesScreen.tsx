import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Invite } from '../../../../shared/api/spaces';
import type { NewInvite } from '../../../../shared/ipc/contract';
import { can } from '../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import type { FailureCode } from '../../data/host';
import { useInvites, useRevokeInvite } from '../../data/invites';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { useSpaceContext } from './space-context';
import { InviteTable } from './InviteTable';
import { NewInviteForm } from './NewInviteForm';
import { NewInviteLink } from './NewInviteLink';

/** For a space's admins: create an invite (its link shown once), and see and revoke the ones still open. */
export function SpaceInvitesScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const serverId = useServer().id;
  const { space, actor } = useSpaceContext();
  const invitesQuery = useInvites(serverId, space.id);
  const revokeInvite = useRevokeInvite(serverId, space.id);
  const invites = invitesQuery.data ?? null;
  useWindowTitle(t('space.tabInvites'), spaceName(space, locale).text);
  const createHeadingId = useId();
  // The section's first heading takes focus when it opens, like every screen's.
  const createHeading = useScreenHeading<HTMLHeadingElement>();
  const openHeading = useRef<HTMLHeadingElement>(null);
  const [created, setCreated] = useState<NewInvite | null>(null);
  const [error, setError] = useState<FailureCode | null>(null);
  const [announcement, setAnnouncement] = useState('');

  const revoke = async (invite: Invite) => {
    setError(null);
    const result = await revokeInvite.mutateAsync(invite.id);
    if (!result.ok) return setError(result.error);
    setAnnouncement(t('invites.revoked'));
    // The row and its button are gone; the list's heading is the nearest place to carry on from.
    openHeading.current?.focus();
  };

  if (!can(actor, 'manage-people', space)) {
    return (
      <p role="alert" className="form-error">
        {t('errors.forbidden')}
      </p>
    );
  }

  const failure = error ?? invitesQuery.failure;
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
          }}
        />
      )}
      <h2 ref={openHeading} tabIndex={-1}>
        {t('invites.openHeading')}
      </h2>
      {failure && (
        <p role="alert" className="form-error">
          {t(`errors.${failure}`)}
        </p>
      )}
      {invites === null && !failure && <p>{t('common.loading')}</p>}
      {invites && invites.length === 0 && <p>{t('invites.none')}</p>}
      {invites && invites.length > 0 && <InviteTable invites={invites} onRevoke={(invite) => void revoke(invite)} />}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
