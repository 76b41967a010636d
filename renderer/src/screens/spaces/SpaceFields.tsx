import type { Ref } from 'react';
import { useTranslation } from 'react-i18next';
import type { CreateSpaceRequest, SpaceSummary } from '../../../../shared/api/spaces';
import { TextField } from '../../components/TextField';

export type SpaceFieldValues = { name: string; description: string; nameCy: string; descriptionCy: string };

export const emptySpaceFields: SpaceFieldValues = { name: '', description: '', nameCy: '', descriptionCy: '' };

export function spaceFieldsOf(space: SpaceSummary): SpaceFieldValues {
  return {
    name: space.name,
    description: space.description,
    nameCy: space.nameCy ?? '',
    descriptionCy: space.descriptionCy ?? '',
  };
}

/** What the server expects: blank Welsh text means "none", not an empty name. */
export function spaceRequestOf(values: SpaceFieldValues): Required<CreateSpaceRequest> {
  return {
    name: values.name.trim(),
    description: values.description.trim(),
    nameCy: values.nameCy.trim() || null,
    descriptionCy: values.descriptionCy.trim() || null,
  };
}

/** A space's names and descriptions, in English and Welsh: the new-space form and the details tab share them. */
export function SpaceFields({
  values,
  onChange,
  nameError,
  nameRef,
}: {
  values: SpaceFieldValues;
  onChange: (values: SpaceFieldValues) => void;
  nameError?: string | null;
  nameRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
}) {
  const { t } = useTranslation();
  const set = (key: keyof SpaceFieldValues) => (value: string) => onChange({ ...values, [key]: value });
  return (
    <>
      <TextField
        label={t('spaceFields.name')}
        value={values.name}
        onChange={set('name')}
        error={nameError}
        maxLength={120}
        required
        inputRef={nameRef}
      />
      <TextField
        label={t('spaceFields.description')}
        value={values.description}
        onChange={set('description')}
        maxLength={2000}
        multiline
      />
      <TextField
        label={t('spaceFields.nameCy')}
        value={values.nameCy}
        onChange={set('nameCy')}
        hint={t('spaceFields.welshHint')}
        maxLength={120}
      />
      <TextField
        label={t('spaceFields.descriptionCy')}
        value={values.descriptionCy}
        onChange={set('descriptionCy')}
        maxLength={2000}
        multiline
      />
    </>
  );
}
