import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, Navigate, useSearchParams } from 'react-router';
import { useWindowTitle } from '../app/navigation/useWindowTitle';
import { paths, withNext } from '../app/paths';
import { useScreenHeading } from '../app/useScreenHeading';
import { useServers } from '../data/servers';
import { resolveLink } from '../links/resolve-link';

/**
 * `/open?link=…`: a shared link (pasted, or one that opened the app) is followed: a document
 * on a server this device is signed in to opens; an invite leads to joining; a link to a
 * server this device does not know says so and offers to sign in there.
 */
export function OpenLinkScreen() {
  const { t } = useTranslation();
  const [params] = useSearchParams();
  const { entries } = useServers();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const link = params.get('link') ?? '';
  const resolved = useQuery({ queryKey: ['open-link', link], queryFn: () => resolveLink(link), staleTime: Infinity });
  useWindowTitle(t('links.title'));

  const target = resolved.data;
  if (target?.kind === 'invite') return <Navigate to={paths.join(link)} replace />;
  const server = target?.serverId ? entries.find((entry) => entry.id === target.serverId) : undefined;
  if (target?.kind === 'document' && server?.user) {
    return <Navigate to={paths.document(server.id, target.documentId)} replace />;
  }

  return (
    <section className="screen narrow" aria-labelledby="open-link-title">
      <h1 id="open-link-title" ref={heading} tabIndex={-1}>
        {t('links.title')}
      </h1>
      {resolved.isPending && <p>{t('common.loading')}</p>}
      {resolved.isSuccess && !target && <p role="alert">{t('links.notALink')}</p>}
      {target && server && (
        <>
          <p>{t('links.signedOut', { server: target.serverUrl })}</p>
          <Link className="button primary" to={withNext(paths.signIn(server.id), paths.open(link))}>
            {t('links.signIn')}
          </Link>
        </>
      )}
      {target && !server && (
        <>
          <p>{t('links.unknownServer', { server: target.serverUrl })}</p>
          <Link className="button primary" to={withNext(paths.addServer(target.serverUrl), paths.open(link))}>
            {t('links.addServer')}
          </Link>
        </>
      )}
    </section>
  );
}
