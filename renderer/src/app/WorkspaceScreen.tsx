import { useTranslation } from 'react-i18next';
import type { SpaceSummary } from '../../../shared/api/spaces';
import type { InviteInfo, ServerEntry } from '../../../shared/ipc/contract';
import { useLocale } from '../i18n/useLocale';
import { OutboxBar } from '../outbox/OutboxBar';
import { EditorScreen } from '../screens/EditorScreen';
import { SpaceScreen } from '../screens/space/SpaceScreen';
import { SpacesScreen } from '../screens/spaces/SpacesScreen';
import { spaceName } from '../spaces/space-text';
import type { View } from './views';

/**
 * The screen for where the person is in a signed-in server: its spaces, one space, or a
 * document; above it, whatever its outbox holds (in one place for every screen, so it stays
 * open and keeps announcing as the person moves between them).
 */
export function WorkspaceScreen({
  server,
  servers,
  view,
  onView,
  onJoined,
  onSignInForInvite,
}: {
  server: ServerEntry;
  servers: readonly ServerEntry[];
  view: View;
  onView: (view: View) => void;
  onJoined: (serverId: string, space: SpaceSummary) => void;
  onSignInForInvite: (info: InviteInfo) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const serverId = server.id;
  const home = (notice?: string) => onView({ kind: 'spaces', serverId, notice });

  let screen;
  if (view.kind === 'editor') {
    screen = (
      <EditorScreen
        key={view.document.id}
        server={server}
        document={view.document}
        space={view.space}
        onBack={() => onView({ kind: 'space', serverId, space: view.space })}
        onHome={() => home()}
      />
    );
  } else if (view.kind === 'space') {
    screen = (
      <SpaceScreen
        key={view.space.id}
        server={server}
        space={view.space}
        notice={view.notice}
        onOpenDocument={(document, space) => onView({ kind: 'editor', serverId, space, document })}
        onBack={() => home()}
        onLeft={(space) => home(t('spaces.left', { name: spaceName(space, locale).text }))}
      />
    );
  } else {
    screen = (
      <SpacesScreen
        key={`${serverId}:${view.notice ?? ''}`}
        server={server}
        servers={servers}
        notice={view.notice}
        onOpenSpace={(space) => onView({ kind: 'space', serverId, space })}
        onJoined={onJoined}
        onSignInForInvite={onSignInForInvite}
      />
    );
  }
  return (
    <>
      <OutboxBar key={serverId} serverId={serverId} />
      {screen}
    </>
  );
}
