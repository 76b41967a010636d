import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { useWindowTitle } from '../app/navigation/useWindowTitle';
import { paths } from '../app/paths';
import { useScreenHeading } from '../app/useScreenHeading';

/** An address that leads nowhere: a page that does not exist, or a server this device does not know. */
export function NotFoundScreen({ what }: { what: 'page' | 'server' }) {
  const { t } = useTranslation();
  const heading = useScreenHeading<HTMLHeadingElement>();
  useWindowTitle(t('notFound.title'));
  return (
    <section className="screen narrow" aria-labelledby="not-found-title">
      <h1 id="not-found-title" ref={heading} tabIndex={-1}>
        {t('notFound.title')}
      </h1>
      <p>{what === 'server' ? t('notFound.server') : t('notFound.page')}</p>
      <p>
        <Link to={paths.home()}>{t('notFound.home')}</Link>
        {what === 'server' && (
          <>
            {' · '}
            <Link to={paths.addServer()}>{t('servers.add')}</Link>
          </>
        )}
      </p>
    </section>
  );
}
