import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { DocumentMeta } from '../../../../shared/api/schemas';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { can } from '../../../../shared/spaces/permissions';
import { paths } from '../../app/paths';
import { useLibraryChange } from '../../data/document-library';
import { useDocumentInfo } from '../../data/documents';

/** Edits less than this apart are "at the same time": the space's index follows typing to the minute. */
const SAME_TIME_MS = 60_000;

/**
 * Above an open document: that it is in the bin (with Restore for writers), a link to its
 * translation ("Darllen yn Gymraeg" / "Read in English", in the language it names), and a
 * notice when one language's version was changed after the other's.
 */
export function DocumentLibraryNotices({
  server,
  document,
  space,
}: {
  server: ServerEntry;
  document: DocumentMeta;
  space: SpaceSummary;
}) {
  const { t } = useTranslation();
  const translation = useDocumentInfo(server.id, document.translationId ?? '', document.translationId !== null);
  const change = useLibraryChange(server.id);
  const [error, setError] = useState<string | null>(null);
  const canWrite = can({ serverAdmin: server.serverAdmin, role: space.myRole }, 'write', space);
  const other = document.translationId !== null ? (translation.data?.document ?? null) : null;

  const restore = async () => {
    const result = await change.mutateAsync({ document, change: { action: 'restore' } });
    setError(result.ok ? null : t(`errors.${result.error}`));
  };

  let outOfDate: string | null = null;
  if (other && other.language !== document.language) {
    const [english, welsh] = document.language === 'en' ? [document, other] : [other, document];
    const gap = Date.parse(english.updatedAt) - Date.parse(welsh.updatedAt);
    if (gap > SAME_TIME_MS) outOfDate = t('library.welshOutOfDate');
    else if (gap < -SAME_TIME_MS) outOfDate = t('library.englishOutOfDate');
  }

  if (!document.binnedAt && !other) return null;
  return (
    <div className="library-notices">
      {document.binnedAt && (
        <div className="note in-bin" role="status">
          <p>{t('library.inBin')}</p>
          {canWrite && (
            <button type="button" onClick={() => void restore()} disabled={change.isPending}>
              {t('library.restore')}
            </button>
          )}
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
        </div>
      )}
      {other && (
        <p className="translation-link">
          <Link to={paths.document(server.id, other.id)} lang={other.language} hrefLang={other.language}>
            {other.language === 'cy' ? t('library.readInWelsh') : t('library.readInEnglish')}
          </Link>
        </p>
      )}
      {outOfDate && <p className="note">{outOfDate}</p>}
    </div>
  );
}
