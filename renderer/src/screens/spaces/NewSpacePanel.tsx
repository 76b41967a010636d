import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { ErrorCode } from '../../../../shared/api/schemas';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import { emptySpaceFields, SpaceFields, spaceRequestOf } from './SpaceFields';

/** "New space" for server admins: a button that opens the form in place; Escape or Cancel closes it. */
export function NewSpacePanel({
  serverId,
  offline,
  onCreated,
}: {
  serverId: string;
  offline: boolean;
  onCreated: (space: SpaceSummary) => void;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  const [values, setValues] = useState(emptySpaceFields);
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<ErrorCode | null>(null);
  const [busy, setBusy] = useState(false);
  const toggle = useRef<HTMLButtonElement>(null);
  const nameField = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const formId = useId();
  const headingId = useId();

  useEffect(() => {
    if (open) nameField.current?.focus();
  }, [open]);

  const close = () => {
    setOpen(false);
    setValues(emptySpaceFields);
    setNameError(null);
    setError(null);
    toggle.current?.focus();
  };

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    const request = spaceRequestOf(values);
    if (!request.name) {
      setNameError(t('spaces.nameMissing'));
      nameField.current?.focus();
      return;
    }
    setBusy(true);
    const result = await window.branchline.spaces.create({ serverId, space: request });
    setBusy(false);
    if (!result.ok) return setError(result.error);
    onCreated(result.value);
    close();
  };

  return (
    <div className="panel-actions">
      <button
        ref={toggle}
        type="button"
        className="primary"
        aria-expanded={open}
        aria-controls={open ? formId : undefined}
        disabled={offline}
        onClick={() => (open ? close() : setOpen(true))}
      >
        {t('spaces.new')}
      </button>
      {open && (
        <form
          id={formId}
          className="stack panel"
          aria-labelledby={headingId}
          onSubmit={submit}
          noValidate
          onKeyDown={(event) => event.key === 'Escape' && close()}
        >
          <h2 id={headingId}>{t('spaces.new')}</h2>
          <SpaceFields values={values} onChange={setValues} nameError={nameError} nameRef={nameField} />
          {error && (
            <p role="alert" className="form-error">
              {t(`errors.${error}`)}
            </p>
          )}
          <div className="actions">
            <button type="submit" className="primary" disabled={busy}>
              {t('spaces.create')}
            </button>
            <button type="button" onClick={close}>
              {t('common.cancel')}
            </button>
          </div>
        </form>
      )}
    </div>
  );
}
