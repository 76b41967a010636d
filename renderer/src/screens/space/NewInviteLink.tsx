import { useEffect, useId, useRef } from 'react';
import { useTranslation } from 'react-i18next';
import type { NewInvite } from '../../../../shared/ipc/contract';
import { CopyField } from '../../components/CopyField';

/**
 * The new invite's link and code, shown this once (the server keeps only a hash). Its heading
 * takes focus, so the person hears that it is there and that it will not be shown again.
 */
export function NewInviteLink({ invite, onDone }: { invite: NewInvite; onDone: () => void }) {
  const { t } = useTranslation();
  const heading = useRef<HTMLHeadingElement>(null);
  const headingId = useId();
  const noteId = useId();

  useEffect(() => heading.current?.focus(), [invite.code]);

  return (
    <section className="new-invite" aria-labelledby={headingId} aria-describedby={noteId}>
      <h2 id={headingId} ref={heading} tabIndex={-1}>
        {t('invites.newHeading')}
      </h2>
      <p id={noteId} className="note">
        {t('invites.shownOnce')}
      </p>
      <CopyField label={t('invites.link')} value={invite.link} copyLabel={t('invites.copyLink')} />
      <CopyField label={t('invites.code')} value={invite.code} copyLabel={t('invites.copyCode')} />
      <button type="button" onClick={onDone}>
        {t('invites.done')}
      </button>
    </section>
  );
}
