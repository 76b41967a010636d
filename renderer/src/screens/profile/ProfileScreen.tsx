import { useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { DisplayName, Initials } from '../../../../shared/api/schemas';
import { useGoBack } from '../../app/navigation/useGoBack';
import { useWindowTitle } from '../../app/navigation/useWindowTitle';
import { paths } from '../../app/paths';
import { useServer } from '../../app/server-context';
import type { FailureCode } from '../../data/host';
import { useUpdateProfile } from '../../data/profile';
import { useScreenHeading } from '../../app/useScreenHeading';
import { Avatar } from '../../components/Avatar';
import { TextField } from '../../components/TextField';
import { asProfileColour } from '../../people/profile-colours';
import { serverLabel } from '../../app/server-entries';
import { ColourChoice } from './ColourChoice';

type Draft = { name: string; initials: string; color: string; service: string; region: string };

/** How one appears to others on the active server: name, initials, colour, library service and region. */
export function ProfileScreen() {
  const { t } = useTranslation();
  const server = useServer();
  const user = server.user;
  const heading = useScreenHeading<HTMLHeadingElement>();
  const onClose = useGoBack(paths.server(server.id));
  const update = useUpdateProfile(server.id);
  useWindowTitle(t('profile.title'));
  const [draft, setDraft] = useState<Draft>({
    name: user.name,
    initials: user.initials,
    color: user.color,
    service: user.service,
    region: user.region,
  });
  const [errors, setErrors] = useState<{ name?: string; initials?: string }>({});
  const [failure, setFailure] = useState<FailureCode | null>(null);
  const [saved, setSaved] = useState('');
  const nameField = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const initialsField = useRef<HTMLInputElement | HTMLTextAreaElement>(null);
  const set = (key: keyof Draft) => (value: string) => {
    setSaved('');
    setDraft((current) => ({ ...current, [key]: value }));
  };

  const save = async (event: FormEvent) => {
    event.preventDefault();
    const next = {
      name: DisplayName.safeParse(draft.name).success ? undefined : t('profile.nameMissing'),
      initials: Initials.safeParse(draft.initials).success ? undefined : t('profile.initialsInvalid'),
    };
    setErrors(next);
    if (next.name) return nameField.current?.focus();
    if (next.initials) return initialsField.current?.focus();
    setFailure(null);
    const result = await update.mutateAsync({
      name: draft.name,
      initials: draft.initials,
      color: asProfileColour(draft.color),
      service: draft.service,
      region: draft.region,
    });
    if (result.ok) setSaved(t('profile.saved'));
    else setFailure(result.error);
  };

  return (
    <section className="screen narrow" aria-labelledby="profile-title">
      <h1 id="profile-title" ref={heading} tabIndex={-1}>
        {t('profile.title')}
      </h1>
      <p>{t('profile.intro', { server: serverLabel(server) })}</p>
      <form className="stack" onSubmit={save} noValidate>
        <TextField
          label={t('profile.name')}
          value={draft.name}
          onChange={set('name')}
          error={errors.name}
          autoComplete="name"
          maxLength={100}
          required
          inputRef={nameField}
        />
        <TextField
          label={t('profile.initials')}
          value={draft.initials}
          onChange={set('initials')}
          hint={t('profile.initialsHint')}
          error={errors.initials}
          maxLength={3}
          required
          inputRef={initialsField}
        />
        <ColourChoice value={draft.color} onChange={set('color')} />
        <TextField
          label={t('profile.service')}
          value={draft.service}
          onChange={set('service')}
          autoComplete="organization"
          maxLength={120}
        />
        <TextField label={t('profile.region')} value={draft.region} onChange={set('region')} maxLength={120} />
        <div className="profile-preview">
          <p className="field-hint">{t('profile.preview')}</p>
          <p className="presence-person">
            <Avatar initials={draft.initials || '?'} colour={draft.color} size="large" />
            <span>
              <strong>{draft.name}</strong>
              {draft.service && <span className="presence-service">{draft.service}</span>}
            </span>
          </p>
        </div>
        {failure && (
          <p role="alert" className="form-error">
            {t(`errors.${failure}`)}
          </p>
        )}
        <p role="status" className="saved-status">
          {saved}
        </p>
        <div className="actions">
          <button type="submit" className="primary" disabled={update.isPending}>
            {t('profile.save')}
          </button>
          <button type="button" onClick={onClose}>
            {t('profile.close')}
          </button>
        </div>
      </form>
    </section>
  );
}
