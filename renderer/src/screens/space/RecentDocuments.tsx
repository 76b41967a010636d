import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { paths } from '../../app/paths';
import { useRecentDocuments } from '../../data/search';

/** The space's documents this person opened lately on this device, newest first: the way back to what they were doing. */
export function RecentDocuments({ serverId, spaceId }: { serverId: string; spaceId: string }) {
  const { t } = useTranslation();
  const headingId = useId();
  const recent = (useRecentDocuments(serverId, spaceId).data ?? []).slice(0, 5);
  if (recent.length === 0) return null;
  return (
    <section className="recent-documents" aria-labelledby={headingId}>
      <h3 id={headingId}>{t('recent.heading')}</h3>
      <ul>
        {recent.map((document) => (
          <li key={document.id}>
            <Link to={paths.document(serverId, document.id)}>{document.title}</Link>
          </li>
        ))}
      </ul>
    </section>
  );
}
