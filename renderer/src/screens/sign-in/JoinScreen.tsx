import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { useNavigate, useSearchParams } from 'react-router';
import { useGoBack } from '../../app/navigation/useGoBack';
import { paths } from '../../app/paths';
import { failureCode, host, valueOf } from '../../data/host';
import { useServers } from '../../data/servers';
import { parseInvite } from '../../../../shared/spaces/invite-link';
import { translate } from '../../i18n/message';
import { inviteErrorMessage } from '../invites/invite-errors';
import { InviteArrival } from './InviteArrival';
import { JoinAsMember } from './JoinAsMember';
import { useAfterSignIn } from './useAfterSignIn';

/**
 * `/join`: "Have an invite?", or an invite link that opened the app (`?invite=`). For a
 * server this device is signed in to, the invite is joined as oneself; otherwise the person
 * makes an account with it, or signs in with one they have.
 */
export function JoinScreen() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const navigate = useNavigate();
  const { entries } = useServers();
  const afterSignIn = useAfterSignIn();
  const anySignedIn = entries.some((entry) => entry.user);
  const goBack = useGoBack(paths.home());
  const link = params.get('invite') ?? '';
  const preview = useQuery({
    queryKey: ['invite-preview', link],
    queryFn: () => valueOf(host().invites.preview({ invite: link })),
    enabled: link !== '',
    staleTime: Infinity,
  });
  const failure = failureCode(preview.error);

  if (link && preview.isPending) return <p className="screen narrow">{t('common.loading')}</p>;
  const info = preview.data ?? null;
  const member = info?.serverId ? entries.find((entry) => entry.id === info.serverId && entry.user) : undefined;
  if (info && member) return <JoinAsMember info={info} server={member} />;
  return (
    <InviteArrival
      initialInfo={info}
      initialLink={link}
      initialError={failure && translate(t, inviteErrorMessage(failure, parseInvite(link)?.serverUrl ?? null))}
      serverIdForCode={null}
      onSignedIn={(serverId, then) => void afterSignIn(serverId, then)}
      onBack={anySignedIn ? goBack : () => void navigate(paths.signIn())}
    />
  );
}
