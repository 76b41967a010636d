import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/schemas';
import type { Member, SpaceSummary } from '../../../../shared/api/spaces';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { can, type Actor, type Role } from '../../../../shared/spaces/permissions';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import type { MessageKey } from '../../i18n/en';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { MemberRow } from './MemberRow';

/** A space's people: name, service, region and role; admins change roles and remove people; anyone in it may leave. */
export function PeopleTab({
  server,
  space,
  actor,
  onLeft,
  onOwnRoleChanged,
}: {
  server: ServerEntry;
  space: SpaceSummary;
  actor: Actor;
  onLeft: () => void;
  /** One's own role changed: what the screen offers may change with it. */
  onOwnRoleChanged: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const api = window.branchline;
  const [members, setMembers] = useState<Member[] | null>(null);
  const [error, setError] = useState<MessageKey | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [removing, setRemoving] = useState<Member | null>(null);
  const [leaving, setLeaving] = useState(false);
  const [dialogError, setDialogError] = useState<MessageKey | null>(null);
  const [busy, setBusy] = useState(false);
  const table = useRef<HTMLTableElement>(null);
  const canManage = can(actor, 'manage-people', space);
  const selfId = server.user?.id;
  const spaceTitle = spaceName(space, locale).text;

  useEffect(() => {
    let live = true;
    void api.members.list({ serverId: server.id, spaceId: space.id }).then((result) => {
      if (!live) return;
      if (result.ok) setMembers(result.value);
      else setError(`errors.${result.error}`);
    });
    return () => {
      live = false;
    };
  }, [api, server.id, space.id]);

  // The last admin cannot step down or leave: say how to fix it rather than "someone else changed this".
  const explain = (failure: ErrorCode): MessageKey =>
    failure === 'conflict' ? 'people.lastAdmin' : `errors.${failure}`;

  const saveRole = async (member: Member, role: Role): Promise<boolean> => {
    setError(null);
    const result = await api.members.setRole({ serverId: server.id, spaceId: space.id, userId: member.user.id, role });
    if (!result.ok) {
      setError(explain(result.error));
      return false;
    }
    setMembers((list) => (list ?? []).map((item) => (item.user.id === member.user.id ? result.value : item)));
    setAnnouncement(t('people.roleChanged', { name: member.user.name, role: t(`roles.${role}`) }));
    if (member.user.id === selfId) onOwnRoleChanged();
    return true;
  };

  const remove = async (member: Member, leavingSelf: boolean) => {
    setBusy(true);
    const result = await api.members.remove({ serverId: server.id, spaceId: space.id, userId: member.user.id });
    setBusy(false);
    if (!result.ok) return setDialogError(explain(result.error));
    if (leavingSelf) return onLeft();
    setMembers((list) => (list ?? []).filter((item) => item.user.id !== member.user.id));
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
      {error && (
        <p role="alert" className="form-error">
          {t(error)}
        </p>
      )}
      {members === null && !error && <p>{t('common.loading')}</p>}
      {members && (
        <div className="table-scroll">
          <table ref={table} tabIndex={-1} className="people-table">
            <caption className="visually-hidden">{t('people.tableLabel')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('people.name')}</th>
                <th scope="col">{t('people.service')}</th>
                <th scope="col">{t('people.region')}</th>
                <th scope="col">{t('people.role')}</th>
                {canManage && <th scope="col">{t('people.actions')}</th>}
              </tr>
            </thead>
            <tbody>
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
          busy={busy}
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
          busy={busy}
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
