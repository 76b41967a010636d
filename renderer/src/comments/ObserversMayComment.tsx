import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceSummary } from '../../../shared/api/spaces';
import { useUpdateSpace } from '../data/spaces';

/** A space admin's switch: whether the space's observers may comment on its documents (saved at once). */
export function ObserversMayComment({ serverId, space }: { serverId: string; space: SpaceSummary }) {
  const { t } = useTranslation();
  const update = useUpdateSpace(serverId, space.id);
  const [said, setSaid] = useState('');
  const [error, setError] = useState<string | null>(null);
  // Shown as chosen at once; put back if the server refuses it.
  const [chosen, setChosen] = useState<boolean | null>(null);
  const checked = chosen ?? space.observersMayComment === true;
  const change = async (on: boolean) => {
    setError(null);
    setChosen(on);
    const result = await update.mutateAsync({ observersMayComment: on });
    setChosen(null);
    if (!result.ok) return setError(t(`errors.${result.error}`));
    setSaid(t(on ? 'comments.observersSettingSaved' : 'comments.observersSettingCleared'));
  };
  return (
    <div className="stack">
      <div className="check-field">
        <input
          id="observers-comment"
          type="checkbox"
          checked={checked}
          disabled={update.isPending || space.archived}
          aria-describedby="observers-comment-hint"
          onChange={(event) => void change(event.target.checked)}
        />
        <label htmlFor="observers-comment">{t('comments.observersSetting')}</label>
      </div>
      <p id="observers-comment-hint" className="field-hint">
        {t('comments.observersSettingHint')}
      </p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <p className="visually-hidden" role="status">
        {said}
      </p>
    </div>
  );
}
