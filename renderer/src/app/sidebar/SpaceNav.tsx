import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Disclosure, DisclosurePanel, Heading } from 'react-aria-components';
import { Link, NavLink } from 'react-router';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { useSpaces } from '../../data/spaces';
import { useLocale } from '../../i18n/useLocale';
import { langAttribute, spaceName } from '../../spaces/space-text';
import { paths } from '../paths';
import { spaceSections } from '../space-sections';
import { NavCount, useSpaceUnread } from './ForumNav';
import { useCurrentSpaceId } from './useCurrentSpaceId';

/**
 * The server's spaces, by name (archived ones folded away), and inside the space the person
 * is in, its sections. Links all, so a screen reader lists them and the current one is marked.
 */
export function SpaceNav({ server }: { server: ServerEntry }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const headingId = useId();
  const spaces = useSpaces(server.id).data?.spaces ?? [];
  const currentSpaceId = useCurrentSpaceId();
  const byName = (a: SpaceSummary, b: SpaceSummary) =>
    spaceName(a, locale).text.localeCompare(spaceName(b, locale).text, locale);
  const open = spaces.filter((space) => !space.archived).sort(byName);
  const archived = spaces.filter((space) => space.archived).sort(byName);
  const item = (space: SpaceSummary) => (
    <SpaceNavItem key={space.id} server={server} space={space} current={space.id === currentSpaceId} />
  );

  return (
    <>
      <p className="nav-heading" id={headingId}>
        {t('nav.spaces')}
      </p>
      <ul className="nav-list" aria-labelledby={headingId}>
        {open.map(item)}
      </ul>
      {archived.length > 0 && (
        <Disclosure className="nav-archived" defaultExpanded={archived.some((space) => space.id === currentSpaceId)}>
          <Heading level={2} className="nav-archived-heading">
            <Button slot="trigger" className="nav-archived-toggle">
              {t('nav.archived', { count: archived.length })}
            </Button>
          </Heading>
          <DisclosurePanel>
            <ul className="nav-list">{archived.map(item)}</ul>
          </DisclosurePanel>
        </Disclosure>
      )}
    </>
  );
}

function SpaceNavItem({ server, space, current }: { server: ServerEntry; space: SpaceSummary; current: boolean }) {
  const locale = useLocale();
  const name = spaceName(space, locale);
  return (
    <li className={current ? 'nav-space current' : 'nav-space'}>
      {/* In the current space, its sections say which page this is; the space's own link only leads there. */}
      {current ? (
        <Link to={paths.space(server.id, space.id)} lang={langAttribute(name, locale)} className="nav-link">
          {name.text}
        </Link>
      ) : (
        <NavLink to={paths.space(server.id, space.id)} end lang={langAttribute(name, locale)} className="nav-link">
          {name.text}
        </NavLink>
      )}
      {current && <SpaceSections server={server} space={space} />}
    </li>
  );
}

/** The current space's sections; the Forum counts the threads with unread posts (and is current on all its pages). */
function SpaceSections({ server, space }: { server: ServerEntry; space: SpaceSummary }) {
  const { t } = useTranslation();
  const unread = useSpaceUnread(server, space.id);
  return (
    <ul className="nav-sections" aria-label={t('space.sections')}>
      {spaceSections(server, space).map((section) => (
        <li key={section.id}>
          <NavLink
            to={paths.spaceSection(server.id, space.id, section.id)}
            end={section.id !== 'forum'}
            className="nav-link nav-counted"
          >
            <span>{t(section.label)}</span>
            {section.id === 'forum' && (
              <NavCount count={unread.count} label={t('forum.unreadThreadsCount', { count: unread.count })} />
            )}
          </NavLink>
        </li>
      ))}
      {unread.readers}
    </ul>
  );
}
