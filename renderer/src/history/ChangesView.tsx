import { Fragment, useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import type { VersionChanges } from '../../../shared/ipc/contract';
import { changeBlocks, type ChangeBlock, type ChangeRun } from './version-state';

/**
 * What changed from a version to now. Insertions are <ins> (underlined), deletions <del> (struck
 * through), never colour alone; each stretch starts and ends with words a screen reader reads
 * ("Inserted by Bob Jones: … End of insertion.").
 */
export function ChangesView({ changes }: { changes: VersionChanges }) {
  const { t } = useTranslation();
  const blocks = useMemo(() => changeBlocks(changes.update, changes.versionSnapshot, changes.nowSnapshot), [changes]);
  const nameOf = (userId: string | null) =>
    changes.authors.find((author) => author.userId === userId)?.name ?? t('history.someone');
  const changed = blocks.some((block) => block.runs.some((run) => run.change));

  const run = (part: ChangeRun, key: number) => {
    if (!part.change) return <Fragment key={key}>{part.text}</Fragment>;
    const name = nameOf(part.change.user);
    return part.change.type === 'added' ? (
      <ins key={key} className="history-ins" title={t('history.inserted', { name })}>
        <span className="visually-hidden">{t('history.inserted', { name })} </span>
        {part.text}
        <span className="visually-hidden"> {t('history.insertedEnd')}</span>
      </ins>
    ) : (
      <del key={key} className="history-del" title={t('history.deleted', { name })}>
        <span className="visually-hidden">{t('history.deleted', { name })} </span>
        {part.text}
        <span className="visually-hidden"> {t('history.deletedEnd')}</span>
      </del>
    );
  };

  const block = (item: ChangeBlock, index: number) => {
    const content = item.runs.map(run);
    const className = item.change ? `history-block-${item.change.type}` : undefined;
    switch (item.kind) {
      case 'h1':
      case 'h2':
      case 'h3':
      case 'h4':
      case 'h5':
      case 'h6':
        // The document's headings sit below the panel's own: shown as headings' text, not as headings of the page.
        return (
          <p key={index} className={`history-heading ${className ?? ''}`}>
            {content}
          </p>
        );
      case 'quote':
        return (
          <blockquote key={index} className={className}>
            {content}
          </blockquote>
        );
      case 'li':
        return (
          <p key={index} className={`history-list-item ${className ?? ''}`}>
            • {content}
          </p>
        );
      default:
        return (
          <p key={index} className={className}>
            {content}
          </p>
        );
    }
  };

  return (
    <div className="history-changes" data-testid="version-changes">
      <p className="note">{t('history.changesIntro')}</p>
      {!changed && <p role="status">{t('history.noChanges')}</p>}
      <div className="history-changes-body">{blocks.map(block)}</div>
    </div>
  );
}
