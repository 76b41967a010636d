import { useEffect, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import type { UpdateSpaceRequest } from '../../../../shared/api/spaces';
import { can } from '../../../../shared/spaces/permissions';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { useServer } from '../../app/server-context';
import { useScreenHeading } from '../../app/useScreenHeading';
import type { FailureCode } from '../../data/host';
import { useUpdateSpace } from '../../data/spaces';
import { useSpaceContext } from './space-context';
import { ConfirmDialog } from '../../components/ConfirmDialog';
import { useLocale } from '../../i18n/useLocale';
import { spaceName } from '../../spaces/space-text';
import { SpaceFields, spaceFieldsOf, spaceRequestOf } from '../spaces/SpaceFields';
import { ObserversMayComment } from '../../comments/ObserversMayComment';

/** For a space's admins: its names and descriptions in both languages, and archiving or restoring it. */
export function SpaceDetailsScreen() {
  const { t } = useTranslation();
  const locale = useLocale();
  const serverId = useServer().id;
  const { space, actor } = useSpaceContext();
  const heading = useScreenHeading<HTMLHeadingElement>();
  const updateSpace = useUpdateSpace(serverId, space.id);
  const busy = updateSpace.isPending;
  useWindowTitle(t('space.tabDetails'), spaceName(space, locale).text);
  const [values, setValues] = useState(() => spaceFieldsOf(space));
  const [nameError, setNameError] = useState<string | null>(null);
  const [error, setError] = useState<FailureCode | null>(null);
  const [announcement, setAnnouncement] = useState('');
  const [confirming, setConfirming] = useState(false);
  const nameField = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const archiveButton = useRef<HTMLButtonElement>(null);
  const restoreButton = useRef<HTMLButtonElement>(null);
  const canEdit = can(actor, 'edit', space);
  const canArchive = can(actor, 'archive', space);

  const update = async (changes: UpdateSpaceRequest, said: string): Promise<boolean> => {
    setError(null);
    const result = await updateSpace.mutateAsync(changes);
    if (!result.ok) {
      setError(result.error);
      return false;
    }
    setAnnouncement(said);
    return true;
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const request = spaceRequestOf(values);
    if (!request.name) {
      setNameError(t('spaces.nameMissing'));
      nameField.current?.focus();
      return;
    }
    setNameError(null);
    await update(request, t('details.saved'));
  };

  const archive = async () => {
    if (await update({ archived: true }, t('details.archived'))) setConfirming(false);
  };

  // Restore replaces itself with Archive: once that is rendered, focus moves to it (a frame
  // callback can run before React has rendered it, and focus would fall to the page).
  const restoredHere = useRef(false);
  useEffect(() => {
    if (space.archived || !restoredHere.current) return;
    restoredHere.current = false;
    archiveButton.current?.focus();
  }, [space.archived]);

  const restore = async () => {
    restoredHere.current = true;
    if (!(await update({ archived: false }, t('details.restored')))) restoredHere.current = false;
  };

  if (!canEdit && !canArchive) {
    return (
      <p role="alert" className="form-error">
        {t('errors.forbidden')}
      </p>
    );
  }

  return (
    <>
      <h2 ref={heading} tabIndex={-1}>
        {t('details.heading')}
      </h2>
      {canEdit ? (
        <form className="stack" onSubmit={save} noValidate>
          <SpaceFields values={values} onChange={setValues} nameError={nameError} nameRef={nameField} />
          <button type="submit" className="primary" disabled={busy}>
            {t('details.save')}
          </button>
        </form>
      ) : (
        <p className="note">{t('details.restoreToEdit')}</p>
      )}
      {canEdit && <ObserversMayComment serverId={serverId} space={space} />}
      {error && !confirming && (
        <p role="alert" className="form-error">
          {t(`errors.${error}`)}
        </p>
      )}
      {canArchive && (
        <>
          <h2>{t('details.archiveHeading')}</h2>
          {space.archived ? (
            <button
              ref={restoreButton}
              type="button"
              className="primary"
              disabled={busy}
              onClick={() => void restore()}
            >
              {t('details.restore')}
            </button>
          ) : (
            <>
              <p>{t('details.archiveIntro')}</p>
              <button ref={archiveButton} type="button" onClick={() => setConfirming(true)}>
                {t('details.archive')}
              </button>
            </>
          )}
        </>
      )}
      {confirming && (
        <ConfirmDialog
          title={t('details.archiveTitle', { space: spaceName(space, locale).text })}
          message={t('details.archiveIntro')}
          confirmLabel={t('details.archiveConfirm')}
          busy={busy}
          error={error && t(`errors.${error}`)}
          onConfirm={() => void archive()}
          onCancel={() => {
            setConfirming(false);
            setError(null);
          }}
          fallbackFocus={restoreButton}
        />
      )}
      <p className="visually-hidden" role="status">
        {announcement}
      </p>
    </>
  );
}
