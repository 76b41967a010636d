import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../shared/api/schemas';
import { pendingRename } from '../outbox/outbox-view';
import { useOutbox } from '../outbox/useOutbox';
import { RenameTitleForm } from './RenameTitleForm';

/**
 * The open document's title as the screen's h1, renamable in place by those who may write. A
 * new title made while the server cannot be reached shows at once, with a note (in a live
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
  const [title, setTitle] = useState(document.title);
  const [renaming, setRenaming] = useState(false);
  const waiting = pendingRename(useOutbox(serverId).entries ?? [], document.id);

  const rename = async (draft: string) => {
    const result = await window.branchline.documents.rename({ serverId, documentId: document.id, title: draft });
    if (!result.ok) return result.error;
    setTitle(result.value.status === 'saved' ? result.value.document.title : result.value.entry.change.title);
    return null;
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
