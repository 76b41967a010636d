import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, ErrorCode } from '../../../../shared/api/schemas';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { can, type Actor } from '../../../../shared/spaces/permissions';
import { useScreenHeading } from '../../app/useScreenHeading';
import { Tabs, type TabSpec } from '../../components/Tabs';
import { useLocale } from '../../i18n/useLocale';
import { langAttribute, spaceDescription, spaceName } from '../../spaces/space-text';
import { DetailsTab } from './DetailsTab';
import { DocumentsTab } from './DocumentsTab';
import { InvitesTab } from './InvitesTab';
import { PeopleTab } from './PeopleTab';

type SpaceTab = 'documents' | 'people' | 'invites' | 'details';

/** One space: its documents, its people, and for its admins its invites and details. */
export function SpaceScreen({
  server,
  space: initial,
  notice,
  onOpenDocument,
  onBack,
  onLeft,
}: {
  server: ServerEntry;
  space: SpaceSummary;
  notice?: string;
  onOpenDocument: (document: DocumentMeta, space: SpaceSummary) => void;
  onBack: () => void;
  onLeft: (space: SpaceSummary) => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const [space, setSpace] = useState(initial);
  const [tab, setTab] = useState<SpaceTab>('documents');
  const [error, setError] = useState<ErrorCode | null>(null);
  const [asked, setAsked] = useState(0);

  // The list may be stale (a role changed since): ask again; offline, the list's copy stands.
  useEffect(() => {
    let live = true;
    void window.branchline.spaces.get({ serverId: server.id, spaceId: initial.id }).then((result) => {
      if (!live) return;
      if (result.ok) setSpace(result.value);
      else if (result.error === 'forbidden' || result.error === 'not_found') setError(result.error);
    });
    return () => {
      live = false;
    };
  }, [server.id, initial.id, asked]);

  const actor: Actor = { serverAdmin: server.serverAdmin, role: space.myRole };
  const tabs: Array<TabSpec<SpaceTab>> = [
    { id: 'documents', label: t('space.tabDocuments') },
    { id: 'people', label: t('space.tabPeople') },
  ];
  if (can(actor, 'manage-people', space)) tabs.push({ id: 'invites', label: t('space.tabInvites') });
  if (can(actor, 'edit', space) || can(actor, 'archive', space))
    tabs.push({ id: 'details', label: t('space.tabDetails') });
  const shown = tabs.some((candidate) => candidate.id === tab) ? tab : 'documents';

  const name = spaceName(space, locale);
  const description = spaceDescription(space, locale);
  const role = space.myRole
    ? t('spaces.yourRole', { role: t(`roles.${space.myRole}`) })
    : server.serverAdmin
      ? t('spaces.serverAdmin')
      : null;

  return (
    <section className="screen" aria-labelledby="space-title">
      <div className="screen-top">
        <button type="button" className="quiet back" onClick={onBack}>
          {t('app.backToSpaces')}
        </button>
      </div>
      <h1 id="space-title" ref={heading} tabIndex={-1} lang={langAttribute(name, locale)}>
        {name.text}
      </h1>
      {description.text && (
        <p className="space-description" lang={langAttribute(description, locale)}>
          {description.text}
        </p>
      )}
      {(role || space.archived) && (
        <ul className="space-meta">
          {role && <li>{role}</li>}
          {space.archived && <li className="badge">{t('spaces.archivedBadge')}</li>}
        </ul>
      )}
      {notice && (
        <p className="note" role="status">
          {notice}
        </p>
      )}
      {error && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
      {space.archived && <p className="note">{t('space.archivedNote')}</p>}
      {!space.archived && effectiveObserver(actor) && <p className="note">{t('space.observerNote')}</p>}
      <Tabs label={t('space.sections')} tabs={tabs} selected={shown} onSelect={setTab}>
        {shown === 'documents' && (
          <DocumentsTab
            server={server}
            space={space}
            actor={actor}
            onOpen={(document) => onOpenDocument(document, space)}
          />
        )}
        {shown === 'people' && (
          <PeopleTab
            server={server}
            space={space}
            actor={actor}
            onLeft={() => onLeft(space)}
            onOwnRoleChanged={() => setAsked((count) => count + 1)}
          />
        )}
        {shown === 'invites' && <InvitesTab serverId={server.id} space={space} />}
        {shown === 'details' && <DetailsTab serverId={server.id} space={space} actor={actor} onChanged={setSpace} />}
      </Tabs>
    </section>
  );
}

function effectiveObserver(actor: Actor): boolean {
  return !actor.serverAdmin && actor.role === 'observer';
}
