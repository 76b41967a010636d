import { useId, useState, type FormEvent, type KeyboardEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DocumentTitle } from '../../../shared/api/schemas';
import type { FailureCode } from '../data/host';

/**
 * Renames a document in place, in the list or in the editor: Save (or Enter), Cancel or Escape.
 * The field grows with the title and wraps it, so the whole title shows at any width (a
 * one-line field scrolled its start out of sight). `onRename` answers null on success or the error to show.
 */
export function RenameTitleForm({
  initial,
  onRename,
  onDone,
}: {
  initial: string;
  onRename: (title: string) => Promise<FailureCode | null>;
  onDone: () => void;
}) {
  const { t } = useTranslation();
  const errorId = useId();
  const [title, setTitle] = useState(initial);
  const [error, setError] = useState<FailureCode | 'missing' | null>(null);

  const save = async (event?: FormEvent) => {
    event?.preventDefault();
    if (!DocumentTitle.safeParse(title).success) return setError('missing');
    const failure = await onRename(title);
    if (failure) setError(failure);
    else onDone();
  };

  // A title is one line: Enter saves, as in a one-line field; Escape leaves it as it was.
  const onKeyDown = (event: KeyboardEvent<HTMLTextAreaElement>) => {
    if (event.key === 'Enter') {
      event.preventDefault();
      void save();
    }
  };

  return (
    <form className="inline-form rename-form" onSubmit={save} onKeyDown={(e) => e.key === 'Escape' && onDone()}>
      <textarea
        className="rename-field"
        aria-label={t('documents.renameField')}
        value={title}
        rows={1}
        onChange={(e) => setTitle(e.target.value.replace(/[\r\n]+/g, ' '))}
        onKeyDown={onKeyDown}
        onFocus={(e) => e.target.select()}
        autoFocus
        maxLength={200}
        aria-invalid={error ? true : undefined}
        aria-describedby={error ? errorId : undefined}
      />
      <button type="submit">{t('documents.save')}</button>
      <button type="button" onClick={onDone}>
        {t('documents.cancel')}
      </button>
      {error && (
        <p id={errorId} role="alert" className="form-error">
          {error === 'missing' ? t('documents.titleMissing') : t(`errors.${error}`)}
        </p>
      )}
    </form>
  );
}
