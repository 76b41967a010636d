import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentMeta } from '../../../../shared/api/schemas';
import { paths } from '../../app/paths';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useBin, useEmptyBin, useLibraryChange } from '../../data/document-library';
import { formatDateTime } from '../../i18n/format';

/**
 * The space's bin: each binned document with Restore (writers); Empty the bin (admins) asks
 * first, and deletes only the documents listed when they confirmed.
 */
export function BinView({
  serverId,
  spaceId,
  canRestore,
  canEmpty,
  onAnnounce,
}: {
  serverId: string;
  spaceId: string;
  canRestore: boolean;
  canEmpty: boolean;
  onAnnounce: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const bin = useBin(serverId, spaceId);
  const change = useLibraryChange(serverId);
  const empty = useEmptyBin(serverId, spaceId);
  const [confirming, setConfirming] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const emptyButton = useRef<HTMLButtonElement>(null);
  const heading = useRef<HTMLParagraphElement>(null);
  const documents = bin.data?.documents ?? null;

  const restore = async (document: DocumentMeta) => {
    const result = await change.mutateAsync({ document, change: { action: 'restore' } });
    if (!result.ok) return setError(t(`errors.${result.error}`));
    setError(null);
    onAnnounce(
      result.value.status === 'queued' ? t('library.queued') : t('library.restored', { title: document.title }),
    );
  };

  const emptyNow = async () => {
    if (!documents) return;
    const result = await empty.mutateAsync(documents.map((document) => document.id));
    if (!result.ok) return setError(t(`errors.${result.error}`));
    setConfirming(false);
    setError(null);
    onAnnounce(t('library.emptied'));
  };

  return (
    <div className="bin-view">
      <p ref={heading} tabIndex={-1}>
        {t('library.binIntro')}
      </p>
      {bin.failure && (
        <p role="alert" className="form-error">
          {t(`errors.${bin.failure}`)}
        </p>
      )}
      {documents === null && !bin.failure && <p>{t('common.loading')}</p>}
      {documents?.length === 0 && <p>{t('library.binEmpty')}</p>}
      {documents && documents.length > 0 && (
        <ul className="document-list" aria-label={t('library.binListLabel')}>
          {documents.map((document) => (
            <li key={document.id} className="document-row">
              <Link className="document-open" to={paths.document(serverId, document.id)}>
                {document.title}
              </Link>
              {document.binnedAt && (
                <span className="document-meta">
                  {t('library.binnedOn', { date: formatDateTime(document.binnedAt, i18n.language) })}
                </span>
              )}
              {canRestore && (
                <button
                  type="button"
                  onClick={() => void restore(document)}
                  aria-label={t('library.restoreTitle', { title: document.title })}
                >
                  {t('library.restore')}
                </button>
              )}
            </li>
          ))}
        </ul>
      )}
      {error && !confirming && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      {canEmpty && documents && documents.length > 0 && !bin.data?.fromCache && (
        <button ref={emptyButton} type="button" className="danger" onClick={() => setConfirming(true)}>
          {t('library.emptyBin')}
        </button>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('library.emptyConfirmTitle')}
          message={t('library.emptyConfirmMessage')}
          confirmLabel={t('library.emptyConfirm')}
          busy={empty.isPending}
          error={error}
          onConfirm={() => void emptyNow()}
          onCancel={() => {
            setConfirming(false);
            setError(null);
          }}
          fallbackFocus={heading}
        />
      )}
    </div>
  );
}
