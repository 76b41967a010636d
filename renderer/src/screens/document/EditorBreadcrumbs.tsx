import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { paths } from '../../app/paths';
import { serverLabel } from '../../app/server-entries';
import { useLocale } from '../../i18n/useLocale';
import { langAttribute, spaceName } from '../../spaces/space-text';

/** Where the document lives: its server, then its space (whose documents the space's link opens). */
export function EditorBreadcrumbs({ server, space }: { server: ServerEntry; space: SpaceSummary }) {
  const { t } = useTranslation();
  const locale = useLocale();
  const name = spaceName(space, locale);
  return (
    <nav aria-label={t('nav.breadcrumbs')} className="breadcrumbs">
      <ol>
        <li>
          <Link to={paths.server(server.id)}>{serverLabel(server)}</Link>
        </li>
        <li>
          <Link to={paths.space(server.id, space.id)} lang={langAttribute(name, locale)}>
            {name.text}
          </Link>
        </li>
      </ol>
    </nav>
  );
}
