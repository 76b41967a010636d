import { useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import type { UpdateCategoryRequest } from '../../../../shared/api/forum';
import { CategoryDescription, CategoryName, type CategoryView } from '../../../../shared/forum/forum-rooms';
import { TextField } from '../../components/TextField';
import type { Outcome } from '../../data/host';
import type { MessageKey } from '../../i18n/en';

/** What the form gives back: the fields as the server takes them. */
export type CategoryFields = {
  name: string;
  nameCy: string | null;
  description: string;
  descriptionCy: string | null;
  order: number;
};

type Errors = Partial<Record<keyof CategoryFields | 'form', MessageKey | string>>;

/** Checks the form with the server's own schemas; the message keys of what is wrong, or the fields. */
export function readCategoryForm(form: Record<keyof CategoryFields, string>): CategoryFields | Errors {
  const errors: Errors = {};
  const name = CategoryName.safeParse(form.name);
  if (!name.success) errors.name = form.name.trim() === '' ? 'forum.nameMissing' : 'forum.nameTooLong';
  const nameCy = form.nameCy.trim() === '' ? null : CategoryName.safeParse(form.nameCy);
  if (nameCy && !nameCy.success) errors.nameCy = 'forum.nameTooLong';
  const description = CategoryDescription.safeParse(form.description);
  if (!description.success) errors.description = 'forum.descriptionTooLong';
  const descriptionCy = form.descriptionCy.trim() === '' ? null : CategoryDescription.safeParse(form.descriptionCy);
  if (descriptionCy && !descriptionCy.success) errors.descriptionCy = 'forum.descriptionTooLong';
  const order = Number(form.order.trim());
  if (!/^\d+$/.test(form.order.trim()) || order > 1_000_000) errors.order = 'forum.orderInvalid';
  if (Object.keys(errors).length > 0 || !name.success || !description.success) return errors;
  return {
    name: name.data,
    nameCy: nameCy?.success ? nameCy.data : null,
    description: description.data,
    descriptionCy: descriptionCy?.success ? descriptionCy.data : null,
    order,
  };
}

/** Only what an edit changes (the server refuses an empty change). */
export function categoryChanges(before: CategoryView, after: CategoryFields): UpdateCategoryRequest | null {
  const changes: Record<string, unknown> = {};
  for (const key of ['name', 'nameCy', 'description', 'descriptionCy', 'order'] as const)
    if (before[key] !== after[key]) changes[key] = after[key];
  return Object.keys(changes).length > 0 ? (changes as UpdateCategoryRequest) : null;
}

/**
 * Creating or editing a category (moderators and admins): its name and description in
 * English and, if wanted, Welsh, and its position. A modal dialog (React Aria): focus stays
 * inside, Escape cancels, focus goes back to the button that opened it.
 */
export function CategoryDialog({
  category,
  nextOrder,
  onSubmit,
  onClose,
}: {
  /** The category being edited; null to create one. */
  category: CategoryView | null;
  /** Where a new category goes by default: after the others. */
  nextOrder: number;
  onSubmit: (fields: CategoryFields) => Promise<Outcome<unknown> | 'unchanged'>;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [form, setForm] = useState({
    name: category?.name ?? '',
    nameCy: category?.nameCy ?? '',
    description: category?.description ?? '',
    descriptionCy: category?.descriptionCy ?? '',
    order: String(category?.order ?? nextOrder),
  });
  const [errors, setErrors] = useState<Errors>({});
  const [busy, setBusy] = useState(false);
  const field = (key: keyof CategoryFields) => ({
    value: form[key],
    onChange: (value: string) => setForm((current) => ({ ...current, [key]: value })),
    error: errors[key] ? t(errors[key] as MessageKey) : null,
  });

  const submit = async (event: FormEvent) => {
    event.preventDefault();
    if (busy) return;
    const read = readCategoryForm(form);
    if (!('order' in read) || typeof read.order !== 'number') return setErrors(read as Errors);
    setErrors({});
    setBusy(true);
    const outcome = await onSubmit(read as CategoryFields);
    setBusy(false);
    if (outcome === 'unchanged') return setErrors({ form: t('forum.nothingChanged') });
    if (!outcome.ok) return setErrors({ form: t(`errors.${outcome.error}`) });
    onClose();
  };

  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onClose()} className="dialog-overlay">
      <Modal className="confirm-dialog category-dialog">
        <Dialog className="confirm-dialog-body">
          <Heading slot="title">{category ? t('forum.editCategoryTitle') : t('forum.newCategory')}</Heading>
          <form onSubmit={(event) => void submit(event)} noValidate>
            <TextField label={t('forum.categoryName')} required maxLength={120} {...field('name')} />
            <TextField label={t('forum.categoryNameCy')} maxLength={120} {...field('nameCy')} />
            <TextField label={t('forum.categoryDescription')} multiline maxLength={2000} {...field('description')} />
            <TextField
              label={t('forum.categoryDescriptionCy')}
              multiline
              maxLength={2000}
              {...field('descriptionCy')}
            />
            <TextField label={t('forum.categoryOrder')} hint={t('forum.categoryOrderHint')} {...field('order')} />
            {errors.form && (
              <p role="alert" className="form-error">
                {errors.form}
              </p>
            )}
            <div className="dialog-actions">
              <Button onPress={onClose}>{t('common.cancel')}</Button>
              <Button type="submit" className="primary" isDisabled={busy}>
                {category ? t('forum.saveCategory') : t('forum.createCategory')}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
