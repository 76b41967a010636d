import { useEffect, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/schemas';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { InviteInfo, ServerEntry } from '../../../../shared/ipc/contract';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { JoinWithInvite } from './JoinWithInvite';
import { NewSpacePanel } from './NewSpacePanel';
import { SpaceList } from './SpaceList';

/** Home: the active server's spaces (archived ones apart), a new space for server admins, and joining by invite. */
export function SpacesScreen({
  server,
  servers,
  notice,
  onOpenSpace,
  onJoined,
  onSignInForInvite,
}: {
  server: ServerEntry;
  servers: readonly ServerEntry[];
  /** Something to tell the person on arrival, such as "You left …". */
  notice?: string;
  onOpenSpace: (space: SpaceSummary) => void;
  onJoined: (serverId: string, space: SpaceSummary) => void;
  onSignInForInvite: (info: InviteInfo) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const archivedHeadingId = useId();
  const [spaces, setSpaces] = useState<SpaceSummary[] | null>(null);
  const [fromCache, setFromCache] = useState(false);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [announcement, setAnnouncement] = useState('');

  useEffect(() => {
    let live = true;
    void window.branchline.spaces.list({ serverId: server.id }).then((result) => {
      if (!live) return;
      if (!result.ok) return setError(result.error);
      setSpaces(result.value.spaces);
      setFromCache(result.value.fromCache);
    });
    return () => {
      live = false;
    };
  }, [server.id]);

  const byName = (a: SpaceSummary, b: SpaceSummary) =>
    spaceName(a, locale).text.localeCompare(spaceName(b, locale).text, locale);
  const open = (spaces ?? []).filter((space) => !space.archived).sort(byName);
  const archived = (spaces ?? []).filter((space) => space.archived).sort(byName);
  const organisation = server.organisation?.name;

  return (
    <section className="screen" aria-labelledby="spaces-title">
      <h1 id="spaces-title" ref={heading} tabIndex={-1}>
        {organisation ? t('spaces.titleOrganisation', { organisation }) : t('spaces.title')}
      </h1>
      {notice && (
        <p className="note" role="status">
          {notice}
        </p>
      )}
      {fromCache && <p className="note">{t('spaces.fromCache')}</p>}
      {error && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
      {server.serverAdmin && (
        <NewSpacePanel
          serverId={server.id}
          offline={fromCache}
          onCreated={(space) => {
            setSpaces((list) => [...(list ?? []), space]);
            setAnnouncement(t('spaces.created', { name: spaceName(space, locale).text }));
          }}
        />
      )}
      {spaces === null && !error && <p>{t('common.loading')}</p>}
      {spaces !== null && open.length === 0 && <p>{server.serverAdmin ? t('spaces.emptyAdmin') : t('spaces.empty')}</p>}
      {open.length > 0 && (
        <SpaceList spaces={open} label={t('spaces.listLabel')} serverAdmin={server.serverAdmin} onOpen={onOpenSpace} />
      )}
      {archived.length > 0 && (
        <>
          <h2 id={archivedHeadingId}>{t('spaces.archivedHeading')}</h2>
          <SpaceList
            spaces={archived}
            labelledBy={archivedHeadingId}
            serverAdmin={server.serverAdmin}
            onOpen={onOpenSpace}
          />
        </>
      )}
      <JoinWithInvite server={server} servers={servers} onJoined={onJoined} onSignInForInvite={onSignInForInvite} />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
