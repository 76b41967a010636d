import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Menu, MenuItem, MenuTrigger, Popover } from 'react-aria-components';
import { Link } from 'react-router';
import type { DocumentMeta } from '../../../../shared/api/schemas';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { ServerEntry } from '../../../../shared/ipc/contract';
import { documentLink } from '../../../../shared/links';
import { paths } from '../../app/paths';
import type { FailureCode } from '../../data/host';
import { formatDateTime } from '../../i18n/format';
import { CopyLinkField } from '../document/CopyLinkField';
import { copyText } from '../document/copy-text';
import { RenameTitleForm } from '../RenameTitleForm';
import type { DocumentLibraryAction } from '../../../../shared/ipc/document-library-changes';
import { LanguageForm } from './LanguageForm';
import { MoveDocumentForm } from './MoveDocumentForm';
import { SaveTemplateForm } from './SaveTemplateForm';

type Mode = 'show' | 'rename' | 'move' | 'link' | 'language' | 'template';

/** The library's actions on one row (each offered only when given). */
export type RowLibraryActions = {
  onDuplicate?: () => void;
  onBin?: () => void;
  onLanguage?: (changes: DocumentLibraryAction[]) => Promise<FailureCode | null>;
  /** The documents it may be linked to as its translation. */
  translationCandidates?: DocumentMeta[];
  onSaveTemplate?: (title: string) => Promise<FailureCode | null>;
  /** Who edited it lately, by name. */
  editedBy?: string[];
};

/**
 * One document in a space's list: its title opens it; its Actions menu renames it (writers),
 * moves it (admins, given `moveTargets`) and copies a link to it. `note` says something
 * about it still in the outbox, such as a new title waiting.
 */
export function DocumentRow({
  server,
  document,
  note,
  onRename,
  moveTargets,
  onMove,
  onAnnounce,
  library = {},
}: {
  library?: RowLibraryActions;
  server: ServerEntry;
  document: DocumentMeta;
  note?: { text: string; refused: boolean } | null;
  onRename?: (title: string) => Promise<FailureCode | null>;
  moveTargets?: SpaceSummary[];
  onMove: (target: SpaceSummary) => Promise<FailureCode | null>;
  onAnnounce: (text: string) => void;
}) {
  const { t, i18n } = useTranslation();
  const [mode, setMode] = useState<Mode>('show');
  const actions = useRef<HTMLButtonElement>(null);
  const link = documentLink(server.url, document.id);
  const back = () => {
    setMode('show');
    // The form is gone; the row's Actions button is where the person was.
    requestAnimationFrame(() => actions.current?.focus());
  };

  const act = async (key: string | number) => {
    if (key === 'copy') {
      if (await copyText(link)) onAnnounce(t('documents.linkCopied', { title: document.title }));
      else setMode('link');
    } else if (key === 'duplicate') library.onDuplicate?.();
    else if (key === 'bin') library.onBin?.();
    else setMode(key as Mode);
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
  if (mode === 'language' && library.onLanguage) {
    return (
      <li className="document-row">
        <LanguageForm
          document={document}
          others={library.translationCandidates ?? []}
          onSave={library.onLanguage}
          onCancel={back}
        />
      </li>
    );
  }
  if (mode === 'template' && library.onSaveTemplate) {
    return (
      <li className="document-row">
        <SaveTemplateForm document={document} onSave={library.onSaveTemplate} onCancel={back} />
      </li>
    );
  }
  return (
    <li className="document-row">
      <Link className="document-open" to={paths.document(server.id, document.id)}>
        {document.title}
      </Link>
      <span className="document-meta">
        {t('documents.updated', { date: formatDateTime(document.updatedAt, i18n.language) })}
      </span>
      {library.editedBy && library.editedBy.length > 0 && (
        <span className="document-meta">{t('library.editedBy', { names: library.editedBy.join(', ') })}</span>
      )}
      {document.language === 'cy' && <span className="badge">{t('library.languageCy')}</span>}
      {note && <span className={note.refused ? 'badge refused' : 'badge waiting'}>{note.text}</span>}
      <MenuTrigger>
        <Button
          ref={actions}
          className="quiet row-actions"
          aria-label={t('documents.actionsFor', { title: document.title })}
        >
          {t('documents.actions')}
        </Button>
        <Popover className="menu-popover" placement="bottom end">
          <Menu className="menu" onAction={(key) => void act(key)}>
            {onRename && <MenuItem id="rename">{t('documents.renameShort')}</MenuItem>}
            {moveTargets && <MenuItem id="move">{t('documents.moveShort')}</MenuItem>}
            <MenuItem id="copy">{t('documents.copyLink')}</MenuItem>
            {library.onDuplicate && <MenuItem id="duplicate">{t('library.duplicate')}</MenuItem>}
            {library.onLanguage && <MenuItem id="language">{t('library.languageShort')}</MenuItem>}
            {library.onSaveTemplate && <MenuItem id="template">{t('library.saveTemplate')}</MenuItem>}
            {library.onBin && <MenuItem id="bin">{t('library.binShort')}</MenuItem>}
          </Menu>
        </Popover>
      </MenuTrigger>
      {mode === 'link' && <CopyLinkField link={link} onDone={back} />}
    </li>
  );
}
