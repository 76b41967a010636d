import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import { Avatar } from '../../components/Avatar';
import { usePeople } from '../../data/search';
import { useSpaces } from '../../data/spaces';
import { useLocale } from '../../i18n/useLocale';
import { langAttribute, spaceName } from '../../spaces/space-text';

/** Someone one shares a space with (from quick find): who they are, and the spaces both are in, with their role there. */
export function PersonScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const server = useServer();
  const { userId = '' } = useParams();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const people = usePeople(server.id);
  const spaces = useSpaces(server.id).data?.spaces ?? [];
  const person = people.data?.people.find((candidate) => candidate.user.id === userId);
  useWindowTitle(person?.user.name ?? t('common.loading'));

  if (!person) {
    return (
      <section className="screen narrow" aria-labelledby="person-title">
        <h1 id="person-title" ref={heading} tabIndex={-1}>
          {people.isPending ? t('common.loading') : t('notFound.title')}
        </h1>
        {!people.isPending && <p>{people.failure ? t(`errors.${people.failure}`) : t('person.unknown')}</p>}
      </section>
    );
  }
  const { user } = person;
  return (
    <section className="screen narrow" aria-labelledby="person-title">
      <div className="person-heading">
        <Avatar initials={user.initials} colour={user.color} size="large" />
        <h1 id="person-title" ref={heading} tabIndex={-1}>
          {user.name}
        </h1>
      </div>
      {people.data?.fromCache && <p className="note">{t('person.fromCache')}</p>}
      <dl className="facts">
        {user.service && (
          <>
            <dt>{t('people.service')}</dt>
            <dd>{user.service}</dd>
          </>
        )}
        {user.region && (
          <>
            <dt>{t('people.region')}</dt>
            <dd>{user.region}</dd>
          </>
        )}
        <dt>{t('person.email')}</dt>
        <dd>{user.email}</dd>
      </dl>
      <h2>{t('person.spaces')}</h2>
      <ul className="nav-list person-spaces">
        {person.spaces.map((shared) => {
          const space = spaces.find((candidate) => candidate.id === shared.spaceId);
          if (!space) return null;
          const name = spaceName(space, locale);
          return (
            <li key={shared.spaceId}>
              <Link to={paths.space(server.id, space.id)} lang={langAttribute(name, locale)}>
                {name.text}
              </Link>{' '}
              <span className="document-meta">{t(`roles.${shared.role}`)}</span>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
