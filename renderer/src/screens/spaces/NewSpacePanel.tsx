import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { SpaceSummary } from '../../../../shared/api/spaces';
import type { FailureCode } from '../../data/host';
import { useCreateSpace } from '../../data/spaces';
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
  const [error, setError] = useState<FailureCode | null>(null);
  const create = useCreateSpace(serverId);
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
    const result = await create.mutateAsync(request);
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
            <button type="submit" className="primary" disabled={create.isPending}>
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
