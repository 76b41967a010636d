import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths, type ArrivalState } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { serverLabel } from '../../app/server-entries';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useServers } from '../../data/servers';
import { useSpaces } from '../../data/spaces';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { JoinWithInvite } from './JoinWithInvite';
import { NewSpacePanel } from './NewSpacePanel';
import { SpaceList } from './SpaceList';

/** A server's home: its spaces (archived ones apart), a new space for server admins, and joining by invite. */
export function SpacesScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { entries } = useServers();
  const navigate = useNavigate();
  const arrival = useLocation().state as ArrivalState | null;
  const heading = useScreenHeading<HTMLHeadingElement>();
  const archivedHeadingId = useId();
  const spacesQuery = useSpaces(server.id);
  const [announcement, setAnnouncement] = useState('');
  useWindowTitle(serverLabel(server));

  const spaces = spacesQuery.data?.spaces ?? null;
  const fromCache = spacesQuery.data?.fromCache ?? false;
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
      {arrival?.notice && (
        <p className="note" role="status">
          {arrival.notice}
        </p>
      )}
      {fromCache && <p className="note">{t('spaces.fromCache')}</p>}
      {spacesQuery.failure && (
        <p role="alert" className="form-error">
          {t(`errors.${spacesQuery.failure}`)}
        </p>
      )}
      {server.serverAdmin && (
        <NewSpacePanel
          serverId={server.id}
          offline={fromCache}
          onCreated={(space) => setAnnouncement(t('spaces.created', { name: spaceName(space, locale).text }))}
        />
      )}
      {spaces === null && !spacesQuery.failure && <p>{t('common.loading')}</p>}
      {spaces !== null && open.length === 0 && <p>{server.serverAdmin ? t('spaces.emptyAdmin') : t('spaces.empty')}</p>}
      {open.length > 0 && (
        <SpaceList serverId={server.id} spaces={open} label={t('spaces.listLabel')} serverAdmin={server.serverAdmin} />
      )}
      {archived.length > 0 && (
        <>
          <h2 id={archivedHeadingId}>{t('spaces.archivedHeading')}</h2>
          <SpaceList
            serverId={server.id}
            spaces={archived}
            labelledBy={archivedHeadingId}
            serverAdmin={server.serverAdmin}
          />
        </>
      )}
      <JoinWithInvite
        server={server}
        servers={entries}
        onJoined={(serverId, space) =>
          void navigate(paths.space(serverId, space.id), {
            state: { notice: t('spaces.joined', { name: spaceName(space, locale).text }) },
          })
        }
        onSignInForInvite={(info) => void navigate(paths.join(`${info.serverUrl}/join/${info.code}`))}
      />
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </section>
  );
}
