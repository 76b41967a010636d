import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { Member } from '../../../../shared/api/spaces';
import { can, type Role } from '../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import type { FailureCode } from '../../data/host';
import { useMembers, useRemoveMember, useSetRole } from '../../data/members';
import { useSpace } from '../../data/spaces';
import { useSpaceContext } from './space-context';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { MessageKey } from '../../i18n/en';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { MemberRow } from './MemberRow';

/** A space's people: name, service, region and role; admins change roles and remove people; anyone in it may leave. */
export function SpacePeopleScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { space, actor } = useSpaceContext();
  const navigate = useNavigate();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const membersQuery = useMembers(server.id, space.id);
  const spaceQuery = useSpace(server.id, space.id);
  const setRole = useSetRole(server.id, space.id);
  const removeMember = useRemoveMember(server.id, space.id);
  const members = membersQuery.data ?? null;
  const [error, setError] = useState<MessageKey | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [removing, setRemoving] = useState<Member | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [dialogError, setDialogError] = useState<MessageKey | null>(null);
  const table = useRef<HTMLTableElement>(null);
  const canManage = can(actor, 'manage-people', space);
  const selfId = server.user?.id;
  const spaceTitle = spaceName(space, locale).text;
  useWindowTitle(t('space.tabPeople'), spaceTitle);

  // The last admin cannot step down or leave: say how to fix it rather than "someone else changed this".
  const explain = (failure: FailureCode): MessageKey =>
    failure === 'conflict' ? 'people.lastAdmin' : `errors.${failure}`;

  const saveRole = async (member: Member, role: Role): Promise<boolean> => {
    setError(null);
    const result = await setRole.mutateAsync({ userId: member.user.id, role });
    if (!result.ok) {
      setError(explain(result.error));
      return false;
    }
    setAnnouncement(t('people.roleChanged', { name: member.user.name, role: t(`roles.${role}`) }));
    // One's own role changed: what the space offers changes with it.
    if (member.user.id === selfId) void spaceQuery.refetch();
    return true;
  };

  const remove = async (member: Member, leavingSelf: boolean) => {
    const result = await removeMember.mutateAsync(member.user.id);
    if (!result.ok) return setDialogError(explain(result.error));
    if (leavingSelf) {
      return void navigate(paths.server(server.id), {
        replace: true,
        state: { notice: t('spaces.left', { name: spaceTitle }) },
      });
    }
    setAnnouncement(t('people.removed', { name: member.user.name }));
    setRemoving(null);
  };

  const closeDialog = () => {
    setRemoving(null);
    setLeaving(false);
    setDialogError(null);
  };
  const self = members?.find((member) => member.user.id === selfId);

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('space.tabPeople')}
      </h2>
      {membersQuery.failure && (
        <p role="alert" className="form-error">
          {t(`errors.${membersQuery.failure}`)}
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          {t(error)}
        </p>
      )}
      {members === null && !membersQuery.failure && <p>{t('common.loading')}</p>}
      {members && (
        <div className="table-scroll">
          {/* Roles written out: at narrow widths each row stacks into a card, which would otherwise lose the table's semantics. */}
          <table ref={table} tabIndex={-1} className="people-table stacking" role="table">
            <caption className="visually-hidden">{t('people.tableLabel')}</caption>
            <ColumnHeaders
              columns={[
                t('people.name'),
                t('people.service'),
                t('people.region'),
                t('people.role'),
                ...(canManage ? [t('people.actions')] : []),
              ]}
            />
            <tbody role="rowgroup">
              {members.map((member) => (
                <MemberRow
                  key={member.user.id}
                  member={member}
                  isSelf={member.user.id === selfId}
                  canManage={canManage}
                  onSaveRole={(role) => saveRole(member, role)}
                  onRemove={() => setRemoving(member)}
                />
              ))}
            </tbody>
          </table>
        </div>
      )}
      {self && (
        <p>
          <button type="button" onClick={() => setLeaving(true)}>
            {t('people.leave')}
          </button>
        </p>
      )}
      {removing && (
        <ConfirmDialog
          title={t('people.removeTitle', { name: removing.user.name, space: spaceTitle })}
          message={t('people.removeBody')}
          confirmLabel={t('people.remove')}
          busy={removeMember.isPending}
          error={dialogError && t(dialogError)}
          onConfirm={() => void remove(removing, false)}
          onCancel={closeDialog}
          fallbackFocus={table}
        />
      )}
      {leaving && self && (
        <ConfirmDialog
          title={t('people.leaveTitle', { space: spaceTitle })}
          message={t('people.leaveBody')}
          confirmLabel={t('people.leaveConfirm')}
          busy={removeMember.isPending}
          error={dialogError && t(dialogError)}
          onConfirm={() => void remove(self, true)}
          onCancel={closeDialog}
        />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
