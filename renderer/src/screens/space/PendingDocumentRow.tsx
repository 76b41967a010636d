import { useTranslation } from 'react-i18next';
import type { PendingDocument } from '../../outbox/outbox-view';

/**
 * A document made on this device that waits in the outbox to be created: in the list, but not
 * a button, since there is nothing to open until the server has made it.
 */
export function PendingDocumentRow({ pending }: { pending: PendingDocument }) {
  const { t } = useTranslation();
  return (
    <li className="document-row pending" data-testid="pending-document">
      <span className="document-pending-title">{pending.title}</span>
      <span className={pending.refused ? 'badge refused' : 'badge waiting'}>
        {t(pending.refused ? 'documents.pendingCreateRefused' : 'documents.pendingCreate')}
      </span>
    </li>
  );
}
