import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import { useDocumentInfo } from '../../data/documents';
import { useNoteOpened } from '../../data/search';
import type { FailureCode } from '../../data/host';
import { useSpace } from '../../data/spaces';
import { EditorScreen } from './EditorScreen';

/**
 * `/s/:serverId/documents/:documentId`: a document by its address alone (a link, a reload, Back),
 * so its title and space are asked for first; offline, as this device last knew them.
 */
export function DocumentScreen() {
  const server = useServer();
  const { documentId = '' } = useParams();
  const info = useDocumentInfo(server.id, documentId);
  const spaceId = info.data?.document.spaceId ?? '';
  const space = useSpace(server.id, spaceId, spaceId !== '');
  useNoteOpened(server.id, documentId, info.data !== undefined);
  const failure = info.failure ?? (info.data ? space.failure : null);

  if (info.data && space.data) {
    return <EditorScreen server={server} document={info.data.document} space={space.data} />;
  }
  return <DocumentUnavailable serverId={server.id} failure={failure} />;
}

/** While the document is asked for, or why it cannot be opened. */
function DocumentUnavailable({ serverId, failure }: { serverId: string; failure: FailureCode | null }) {
  const { t } = useTranslation();
  const heading = useScreenHeading<HTMLHeadingElement>();
  useWindowTitle(failure ? t('document.unavailable') : t('editor.loading'));
  return (
    <section className="screen" aria-labelledby="document-title">
      <h1 id="document-title" ref={heading} tabIndex={-1}>
        {failure ? t('document.unavailable') : t('editor.loading')}
      </h1>
      {failure && (
        <>
          <p role="alert">{t(failure === 'forbidden' ? 'document.forbidden' : `errors.${failure}`)}</p>
          <Link to={paths.server(serverId)}>{t('notFound.home')}</Link>
        </>
      )}
    </section>
  );
}
