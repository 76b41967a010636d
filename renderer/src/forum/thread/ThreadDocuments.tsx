import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { ThreadDocument } from '../../../../shared/forum/thread-documents';
import { paths } from '../../app/paths';

/** "Documents from this discussion": the documents made from the thread, each a link (none: nothing shows). */
export function ThreadDocuments({
  serverId,
  documents,
}: {
  serverId: string;
  documents: ReadonlyArray<ThreadDocument & { id: string }>;
}) {
  const { t } = useTranslation();
  const heading = useId();
  if (documents.length === 0) return null;
  return (
    <section className="thread-documents" aria-labelledby={heading}>
      <h3 id={heading}>{t('library.threadDocuments')}</h3>
      <ul>
        {documents.map((document) => (
          <li key={document.id}>
            <Link to={paths.document(serverId, document.id)}>{document.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
