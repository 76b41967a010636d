import { useId, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../../shared/api/schemas';
import type { FailureCode } from '../../data/host';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';

/** Moves a document to another space the person administers; Escape or Cancel leaves it where it is. */
export function MoveDocumentForm({
  document,
  targets,
  onMove,
  onCancel,
}: {
  document: DocumentMeta;
  targets: SpaceSummary[];
  onMove: (target: SpaceSummary) => Promise<FailureCode | null>;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const locale = useLocale();
  const id = useId();
  const [targetId, setTargetId] = useState(targets[0]?.id ?? '');
  const [error, setError] = useState<FailureCode | null>(null);
  const [busy, setBusy] = useState(false);

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const target = targets.find((candidate) => candidate.id === targetId);
    if (!target) return;
    setBusy(true);
    const failure = await onMove(target);
    setBusy(false);
    if (failure) setError(failure);
  };

  return (
    <form
      className="inline-form"
      onSubmit={submit}
      onKeyDown={(event) => event.key === 'Escape' && onCancel()}
      aria-label={t('documents.move', { title: document.title })}
    >
      {targets.length === 0 ? (
        <p className="note">{t('documents.noMoveTargets')}</p>
      ) : (
        <>
          <label htmlFor={id}>{t('documents.moveTo')}</label>
          <select id={id} value={targetId} onChange={(event) => setTargetId(event.target.value)} autoFocus>
            {targets.map((target) => (
              <option key={target.id} value={target.id}>
                {spaceName(target, locale).text}
              </option>
            ))}
          </select>
          <button type="submit" className="primary" disabled={busy}>
            {t('documents.moveSubmit')}
          </button>
        </>
      )}
      <button type="button" onClick={onCancel} autoFocus={targets.length === 0}>
        {t('common.cancel')}
      </button>
      {error && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
    </form>
  );
}
