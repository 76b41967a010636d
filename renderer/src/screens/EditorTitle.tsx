import { useState, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../shared/api/schemas';
import { RenameTitleForm } from './RenameTitleForm';

/** The open document's title as the screen's h1, renamable in place by those who may write. */
export function EditorTitle({ serverId, document, headingRef, canRename }: {
  serverId: string;
  document: DocumentMeta;
  headingRef: RefObject<HTMLHeadingElement | null>;
  canRename: boolean;
}) {
  const { t } = useTranslation();
  const [title, setTitle] = useState(document.title);
  const [renaming, setRenaming] = useState(false);

  const rename = async (draft: string) => {
    const result = await window.branchline.documents.rename({ serverId, documentId: document.id, title: draft });
    if (!result.ok) return result.error;
    setTitle(result.value.title);
    return null;
  };
  const done = () => {
    setRenaming(false);
    headingRef.current?.focus();
  };

  return (
    <div className="editor-title">
      <h1 id="editor-title" ref={headingRef} tabIndex={-1}>{title}</h1>
      {canRename && renaming && <RenameTitleForm initial={title} onRename={rename} onDone={done} />}
      {canRename && !renaming && (
        <button type="button" className="quiet" aria-label={t('documents.rename', { title })} onClick={() => setRenaming(true)}>
          {t('documents.renameShort')}
        </button>
      )}
    </div>
  );
}
