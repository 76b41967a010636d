import { useTranslation } from 'react-i18next';
import type { Invite } from '../../../../shared/api/spaces';
import { formatDateTime } from '../../i18n/format';

/** Invites that still work: role, expiry, whether once only, how often used; each can be revoked. */
export function InviteTable({ invites, onRevoke }: { invites: Invite[]; onRevoke: (invite: Invite) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      <table className="invite-table">
        <caption className="visually-hidden">{t('invites.tableLabel')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('invites.colRole')}</th>
            <th scope="col">{t('invites.colExpires')}</th>
            <th scope="col">{t('invites.colUsable')}</th>
            <th scope="col">{t('invites.colUses')}</th>
            <th scope="col">
              <span className="visually-hidden">{t('people.actions')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {invites.map((invite) => {
            const role = t(`roles.${invite.role}`);
            const expires = formatDateTime(invite.expiresAt, i18n.language);
            return (
              <tr key={invite.id}>
                <th scope="row">{role}</th>
                <td>{expires}</td>
                <td>{invite.singleUse ? t('invites.usableOnce') : t('invites.usableMany')}</td>
                <td>{invite.uses}</td>
                <td>
                  <button
                    type="button"
                    className="quiet danger-text"
                    aria-label={t('invites.revokeFor', { role, date: expires })}
                    onClick={() => onRevoke(invite)}
                  >
                    {t('invites.revoke')}
                  </button>
                </td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}
