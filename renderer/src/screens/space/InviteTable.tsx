import { useTranslation } from 'react-i18next';
import type { Invite } from '../../../../shared/api/spaces';
import { ColumnHeaders } from '../../components/ColumnHeaders';
import { formatDateTime } from '../../i18n/format';

/** Invites that still work: role, expiry, whether once only, how often used; each can be revoked. */
export function InviteTable({ invites, onRevoke }: { invites: Invite[]; onRevoke: (invite: Invite) => void }) {
  const { t, i18n } = useTranslation();
  return (
    <div className="table-scroll">
      {/* Roles written out: at narrow widths each row stacks into a card (see tables.css). */}
      <table className="invite-table stacking" role="table">
        <caption className="visually-hidden">{t('invites.tableLabel')}</caption>
        <ColumnHeaders
          columns={[
            t('invites.colRole'),
            t('invites.colExpires'),
            t('invites.colUsable'),
            t('invites.colUses'),
            <span className="visually-hidden">{t('people.actions')}</span>,
          ]}
        />
        <tbody role="rowgroup">
          {invites.map((invite) => {
            const role = t(`roles.${invite.role}`);
            const expires = formatDateTime(invite.expiresAt, i18n.language);
            return (
              <tr key={invite.id} role="row">
                <th scope="row" role="rowheader">
                  {role}
                </th>
                <td role="cell" data-label={t('invites.colExpires')}>
                  {expires}
                </td>
                <td role="cell" data-label={t('invites.colUsable')}>
                  {invite.singleUse ? t('invites.usableOnce') : t('invites.usableMany')}
                </td>
                <td role="cell" data-label={t('invites.colUses')}>
                  {invite.uses}
                </td>
                <td role="cell">
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
