import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { Member } from '../../../../shared/api/spaces';
import { ROLES, type Role } from '../../../../shared/spaces/permissions';
import { Avatar } from '../../components/Avatar';

/**
 * One person in a space. Admins get a role select with its own Save (so arrowing through the
 * select never changes anyone's access on the way) and Remove; nobody removes themselves here.
 */
export function MemberRow({
  member,
  isSelf,
  canManage,
  onSaveRole,
  onRemove,
}: {
  member: Member;
  isSelf: boolean;
  canManage: boolean;
  /** Answers whether the role was saved; when not, the select goes back to the role the person has. */
  onSaveRole: (role: Role) => Promise<boolean>;
  onRemove: () => void;
}) {
  const { t } = useTranslation();
  const selectId = useId();
  const [draft, setDraft] = useState<Role>(member.role);
  const name = member.user.name;

  return (
    <tr role="row">
      <th scope="row" role="rowheader" className="member-name">
        <Avatar initials={member.user.initials} colour={member.user.color} />
        <span>{isSelf ? t('people.you', { name }) : name}</span>
      </th>
      <td role="cell" data-label={member.user.service ? t('people.service') : undefined}>
        {member.user.service}
      </td>
      <td role="cell" data-label={member.user.region ? t('people.region') : undefined}>
        {member.user.region}
      </td>
      <td role="cell" data-label={t('people.role')}>
        {canManage ? (
          <div className="role-edit">
            <label htmlFor={selectId} className="visually-hidden">
              {t('people.roleFor', { name })}
            </label>
            <select id={selectId} value={draft} onChange={(event) => setDraft(event.target.value as Role)}>
              {ROLES.map((role) => (
                <option key={role} value={role}>
                  {t(`roles.${role}`)}
                </option>
              ))}
            </select>
            {/* aria-disabled, not disabled: focus stays on the button after saving. */}
            <button
              type="button"
              aria-label={t('people.saveRoleFor', { name })}
              aria-disabled={draft === member.role}
              onClick={() =>
                draft !== member.role && void onSaveRole(draft).then((saved) => saved || setDraft(member.role))
              }
            >
              {t('people.saveRole')}
            </button>
          </div>
        ) : (
          t(`roles.${member.role}`)
        )}
      </td>
      {canManage && (
        <td role="cell">
          {!isSelf && (
            <button
              type="button"
              className="quiet danger-text"
              aria-label={t('people.removeFor', { name })}
              onClick={onRemove}
            >
              {t('people.remove')}
            </button>
          )}
        </td>
      )}
    </tr>
  );
}
