import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewInvite } from '../../../../shared/ipc/contract';
import { ROLES, type Role } from '../../../../shared/spaces/permissions';
import type { FailureCode } from '../../data/host';
import { useCreateInvite } from '../../data/invites';
import { DEFAULT_INVITE_HOURS, INVITE_EXPIRY_CHOICES } from '../../spaces/invite-expiry';

/** Creates an invite: the role it gives, how long it lasts, and whether it works only once. */
export function NewInviteForm({
  serverId,
  spaceId,
  headingId,
  onCreated,
}: {
  serverId: string;
  spaceId: string;
  headingId: string;
  onCreated: (invite: NewInvite) => void;
}) {
  const { t } = useTranslation();
  const ids = { role: useId(), roleHint: useId(), expiry: useId(), single: useId(), singleHint: useId() };
  const [role, setRole] = useState<Role>('member');
  const [hours, setHours] = useState(DEFAULT_INVITE_HOURS);
  const [singleUse, setSingleUse] = useState(false);
  const [error, setError] = useState<FailureCode | null>(null);
  const create = useCreateInvite(serverId, spaceId);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    setError(null);
    const result = await create.mutateAsync({ role, expiresInHours: hours, singleUse });
    if (result.ok) onCreated(result.value);
    else setError(result.error);
  };

  return (
    <form className="stack" aria-labelledby={headingId} onSubmit={submit}>
      <label htmlFor={ids.role}>{t('invites.roleField')}</label>
      <select
        id={ids.role}
        value={role}
        aria-describedby={ids.roleHint}
        onChange={(event) => setRole(event.target.value as Role)}
      >
        {ROLES.map((option) => (
          <option key={option} value={option}>
            {t(`roles.${option}`)}
          </option>
        ))}
      </select>
      <p id={ids.roleHint} className="field-hint">
        {t(`roles.${role}Hint`)}
      </p>
      <label htmlFor={ids.expiry}>{t('invites.expiryField')}</label>
      <select id={ids.expiry} value={hours} onChange={(event) => setHours(Number(event.target.value))}>
        {INVITE_EXPIRY_CHOICES.map((choice) => (
          <option key={choice.hours} value={choice.hours}>
            {t(choice.label)}
          </option>
        ))}
      </select>
      <div className="check-field">
        <input
          id={ids.single}
          type="checkbox"
          checked={singleUse}
          aria-describedby={ids.singleHint}
          onChange={(event) => setSingleUse(event.target.checked)}
        />
        <label htmlFor={ids.single}>{t('invites.singleUse')}</label>
      </div>
      <p id={ids.singleHint} className="field-hint">
        {t('invites.singleUseHint')}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
      <button type="submit" className="primary" disabled={create.isPending}>
        {t('invites.create')}
      </button>
    </form>
  );
}
