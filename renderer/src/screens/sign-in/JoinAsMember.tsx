import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { InviteInfo, ServerEntry } from '../../../../shared/ipc/contract';
import { useGoBack } from '../../app/navigation/useGoBack';
import { paths } from '../../app/paths';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { useAcceptInvite } from '../../data/invites';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { translate } from '../../i18n/message';
import { inviteErrorMessage } from '../invites/invite-errors';
import { InvitePreviewCard } from '../invites/InvitePreviewCard';

/** An invite for a server one is signed in to (opened from a link): where it leads, and Join. */
export function JoinAsMember({ info, server }: { info: InviteInfo; server: ServerEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const goBack = useGoBack(paths.server(server.id));
  const accept = useAcceptInvite();
  useWindowTitle(t('spaces.joinHeading'));
  const result = accept.data;

  const join = async () => {
    const answer = await accept.mutateAsync({ serverId: server.id, code: info.code });
    if (!answer.ok) return;
    const notice = t('spaces.joined', { name: spaceName(answer.value, locale).text });
    void navigate(paths.space(server.id, answer.value.id), { replace: true, state: { notice } });
  };

  return (
    <section className="screen narrow" aria-labelledby="join-title">
      <h1 id="join-title" ref={heading} tabIndex={-1}>
        {t('spaces.joinHeading')}
      </h1>
      <InvitePreviewCard info={info} headingLevel={2}>
        {result && !result.ok && (
          <p role="alert" className="form-error">
            {translate(t, inviteErrorMessage(result.error, info.serverUrl))}
          </p>
        )}
        <div className="actions">
          <button type="button" className="primary" disabled={accept.isPending} onClick={() => void join()}>
            {t('invites.join')}
          </button>
          <button type="button" onClick={goBack}>
            {t('invites.notNow')}
          </button>
        </div>
      </InvitePreviewCard>
    </section>
  );
}
