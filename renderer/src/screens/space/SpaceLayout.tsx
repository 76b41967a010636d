import { useTranslation } from 'react-i18next';
import { Link, NavLink, Outlet, useLocation, useParams } from 'react-router';
import { paths, type ArrivalState } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { serverLabel } from '../../app/server-entries';
import { actorIn, spaceSections } from '../../app/space-sections';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useFollowSpaceIndex } from '../../data/space-index';
import { useSpace } from '../../data/spaces';
import { useLocale } from '../../i18n/useLocale';
import { langAttribute, spaceDescription, spaceName } from '../../spaces/space-text';
import { SpaceContext } from './space-context';

/**
 * One space: its name, description and the person's standing in it, then the chosen section
 * (documents, people, and for its admins invites and details), each at its own address.
 * The space is asked for again on opening (a role may have changed); offline, the list's copy stands.
 */
export function SpaceLayout() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { spaceId = '' } = useParams();
  const arrival = useLocation().state as ArrivalState | null;
  const heading = useScreenHeading<HTMLHeadingElement>();
  const query = useSpace(server.id, spaceId);
  useFollowSpaceIndex(server.id, spaceId);
  const space = query.data;

  if (!space) {
    return (
      <section className="screen" aria-labelledby="space-title">
        <h1 id="space-title" ref={heading} tabIndex={-1}>
          {query.failure ? t('space.unavailable') : t('common.loading')}
        </h1>
        {query.failure && (
          <>
            <p role="alert">{t(`errors.${query.failure}`)}</p>
            <Link to={paths.server(server.id)}>{t('notFound.home')}</Link>
          </>
        )}
      </section>
    );
  }

  const actor = actorIn(server, space);
  const name = spaceName(space, locale);
  const description = spaceDescription(space, locale);
  const role = space.myRole
    ? t('spaces.yourRole', { role: t(`roles.${space.myRole}`) })
    : server.serverAdmin
      ? t('spaces.serverAdmin')
      : null;
  const lostAccess = query.failure === 'forbidden' || query.failure === 'not_found';

  return (
    <section className="screen" aria-labelledby="space-title">
      <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
        <ol>
          <li>
            <Link to={paths.server(server.id)}>{serverLabel(server)}</Link>
          </li>
        </ol>
      </nav>
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
      {arrival?.notice && (
        <p className="note" role="status">
          {arrival.notice}
        </p>
      )}
      {lostAccess && (
        <p role="alert" className="form-error">
          {t(`errors.${query.failure!}`)}
        </p>
      )}
      {space.archived && <p className="note">{t('space.archivedNote')}</p>}
      {!space.archived && !actor.serverAdmin && actor.role === 'observer' && (
        <p className="note">{t('space.observerNote')}</p>
      )}
      <nav aria-label={t('space.sections')} className="section-nav">
        <ul>
          {spaceSections(server, space).map((section) => (
            <li key={section.id}>
              <NavLink to={paths.spaceSection(server.id, space.id, section.id)} end={section.id !== 'forum'}>
                {t(section.label)}
              </NavLink>
            </li>
          ))}
        </ul>
      </nav>
      <SpaceContext.Provider value={{ space, actor }}>
        <Outlet />
      </SpaceContext.Provider>
    </section>
  );
}
