import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta, ErrorCode } from '../../../shared/api/schemas';
import type { SpaceSummary } from '../../../shared/api/spaces';
import { formatDateTime } from '../i18n/format';
import { MoveDocumentForm } from './space/MoveDocumentForm';
import { RenameTitleForm } from './RenameTitleForm';

/**
 * One document in a space's list: open it; rename it in place (writers); move it (admins, given
 * `moveTargets`). `note` says something about it still in the outbox, such as a new title waiting.
 */
export function DocumentRow({
  document,
  note,
  onOpen,
  onRename,
  moveTargets,
  onMove,
}: {
  document: DocumentMeta;
  note?: { text: string; refused: boolean } | null;
  onOpen: () => void;
  onRename?: (title: string) => Promise<ErrorCode | null>;
  moveTargets?: SpaceSummary[];
  onMove: (target: SpaceSummary) => Promise<ErrorCode | null>;
}) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<'show' | 'rename' | 'move'>('show');
  const openButton = useRef<HTMLButtonElement>(null);
  const back = () => {
    setMode('show');
    // The form is gone; the document's own button is where the person was.
    requestAnimationFrame(() => openButton.current?.focus());
  };

  if (mode === 'rename' && onRename) {
    return (
      <li className="document-row">
        <RenameTitleForm initial={document.title} onRename={onRename} onDone={back} />
      </li>
    );
  }
  if (mode === 'move' && moveTargets) {
    return (
      <li className="document-row">
        <MoveDocumentForm document={document} targets={moveTargets} onMove={onMove} onCancel={back} />
      </li>
    );
  }
  return (
    <li className="document-row">
      <button ref={openButton} type="button" className="document-open" onClick={onOpen}>
        {document.title}
      </button>
      <span className="document-meta">
        {t('documents.updated', { date: formatDateTime(document.updatedAt, i18n.language) })}
      </span>
      {note && <span className={note.refused ? 'badge refused' : 'badge waiting'}>{note.text}</span>}
      {onRename && (
        <button
          type="button"
          className="quiet"
          aria-label={t('documents.rename', { title: document.title })}
          onClick={() => setMode('rename')}
        >
          {t('documents.renameShort')}
        </button>
      )}
      {moveTargets && (
        <button
          type="button"
          className="quiet"
          aria-label={t('documents.move', { title: document.title })}
          onClick={() => setMode('move')}
        >
          {t('documents.moveShort')}
        </button>
      )}
    </li>
  );
}
