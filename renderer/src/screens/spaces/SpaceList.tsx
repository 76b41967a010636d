import { useTranslation } from 'react-i18next';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useLocale } from '../../i18n/useLocale';
import { langAttribute, spaceDescription, spaceName } from '../../spaces/space-text';

/** Spaces as cards: the name opens the space; the description, one's role and the counts follow. */
export function SpaceList({
  serverId,
  spaces,
  labelledBy,
  label,
  serverAdmin,
}: {
  serverId: string;
  spaces: SpaceSummary[];
  labelledBy?: string;
  label?: string;
  serverAdmin: boolean;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  return (
    <ul className="space-list" aria-labelledby={labelledBy} aria-label={labelledBy ? undefined : label}>
      {spaces.map((space) => {
        const name = spaceName(space, locale);
        const description = spaceDescription(space, locale);
        const role = space.myRole
          ? t('spaces.yourRole', { role: t(`roles.${space.myRole}`) })
          : serverAdmin
            ? t('spaces.serverAdmin')
            : null;
        return (
          <li key={space.id} className="space-card">
            <Link to={paths.space(serverId, space.id)} className="space-link" lang={langAttribute(name, locale)}>
              {name.text}
            </Link>
            {description.text && (
              <p className="space-description" lang={langAttribute(description, locale)}>
                {description.text}
              </p>
            )}
            <ul className="space-meta">
              {role && <li>{role}</li>}
              <li>{t('spaces.members', { count: space.memberCount })}</li>
              <li>{t('spaces.documents', { count: space.documentCount })}</li>
            </ul>
          </li>
        );
      })}
    </ul>
  );
}
