import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../../shared/api/schemas';
import { pendingRename } from '../../outbox/outbox-view';
import { useRenameDocument } from '../../data/documents';
import { useOutbox } from '../../data/outbox';
import { RenameTitleForm } from '../RenameTitleForm';

/**
 * The open document's title as the screen's h1, renamable in place by those who may write.
 * It is the title the window knows (a rename here, or one the server reports, shows at once).
 * A new title made while the server cannot be reached shows at once, with a note (in a live
 * region) while it waits in the outbox, or if the server refused it.
 */
export function EditorTitle({
  serverId,
  document,
  headingRef,
  canRename,
}: {
  serverId: string;
  document: DocumentMeta;
  headingRef: RefObject<HTMLHeadingElement | null>;
  canRename: boolean;
}) {
  const { t } = useTranslation();
  const title = document.title;
  const [renaming, setRenaming] = useState(false);
  const waiting = pendingRename(useOutbox(serverId).entries ?? [], document.id);
  const renameDocument = useRenameDocument(serverId);

  const rename = async (draft: string) => {
    const result = await renameDocument.mutateAsync({ document, title: draft });
    return result.ok ? null : result.error;
  };
  const done = () => {
    setRenaming(false);
    headingRef.current?.focus();
  };

  let note = '';
  if (waiting) note = waiting.state === 'refused' ? t('documents.renameRefused') : t('editor.renameWaiting');
  return (
    <div className="editor-title">
      <h1 id="editor-title" ref={headingRef} tabIndex={-1}>
        {title}
      </h1>
      {canRename && renaming && <RenameTitleForm initial={title} onRename={rename} onDone={done} />}
      {canRename && !renaming && (
        <button
          type="button"
          className="quiet"
          aria-label={t('documents.rename', { title })}
          onClick={() => setRenaming(true)}
        >
          {t('documents.renameShort')}
        </button>
      )}
      <div className="rename-note" role="status">
        {note && <p className="note">{note}</p>}
      </div>
    </div>
  );
}
