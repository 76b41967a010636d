import { useCallback } from 'react';
import { useTranslation } from 'react-i18next';
import { useNavigate } from 'react-router';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import { useStillHere } from '../../app/navigation/useStillHere';
import { paths, type ArrivalState } from '../../app/paths';
import { host } from '../../data/host';
import { useAcceptInvite } from '../../data/invites';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { inviteErrorKey } from '../invites/invite-errors';
import type { AfterSignIn } from './after-sign-in';

/**
 * What happens once someone has signed in from an invite: the invite is accepted (or the
 * space they joined by signing up is opened), and the person is taken there, unless they have
 * gone somewhere else while it happened.
 */
export function useAfterSignIn(): (serverId: string, then?: AfterSignIn) => Promise<void> {
  const { t } = useTranslation();
  const locale = useLocale();
  const navigate = useNavigate();
  const stillHere = useStillHere();
  const accept = useAcceptInvite();

  return useCallback(
    async (serverId: string, then?: AfterSignIn) => {
      const go = (to: string, state?: ArrivalState) => stillHere() && void navigate(to, { replace: true, state });
      const joined = (space: SpaceSummary) =>
        go(paths.space(serverId, space.id), { notice: t('spaces.joined', { name: spaceName(space, locale).text }) });
      if (!then) return void go(paths.server(serverId));
      if ('openSpaceId' in then) {
        // Signed up with the invite, so already in the space: open it, saying so.
        const space = await host().spaces.get({ serverId, spaceId: then.openSpaceId });
        return void (space.ok ? joined(space.value) : go(paths.space(serverId, then.openSpaceId)));
      }
      const accepted = await accept.mutateAsync({ serverId, code: then.acceptCode });
      if (accepted.ok) joined(accepted.value);
      else go(paths.server(serverId), { notice: t(inviteErrorKey(accepted.error)) });
    },
    [accept, locale, navigate, stillHere, t],
  );
}
