import { useState, type FormEvent, type ReactNode } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { TextField } from '../../components/TextField';

/**
 * A moderator's question before acting: a reason (required to hide a post, optional to lock or
 * delete), and anything else the action needs (`children`: the category to move to). Escape
 * or Cancel closes it; focus goes back to the menu's button (React Aria).
 */
export function ReasonDialog({
  title,
  message,
  reasonLabel,
  reasonRequired,
  confirmLabel,
  danger,
  error,
  busy,
  children,
  onConfirm,
  onCancel,
}: {
  title: string;
  message?: string;
  reasonLabel: string | null;
  reasonRequired?: boolean;
  confirmLabel: string;
  danger?: boolean;
  error?: string | null;
  busy?: boolean;
  children?: ReactNode;
  onConfirm: (reason: string | null) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [reason, setReason] = useState('');
  const [missing, setMissing] = useState(false);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    const trimmed = reason.trim();
    if (reasonRequired && trimmed === '') return setMissing(true);
    onConfirm(trimmed === '' ? null : trimmed);
  };
  return (
    <ModalOverlay isOpen isDismissable onOpenChange={(open) => !open && onCancel()} className="dialog-overlay">
      <Modal className="confirm-dialog">
        <Dialog className="confirm-dialog-body">
          <form onSubmit={submit}>
            <Heading slot="title">{title}</Heading>
            {message && <p>{message}</p>}
            {children}
            {reasonLabel && (
              <TextField
                label={reasonLabel}
                value={reason}
                onChange={(value) => {
                  setReason(value);
                  setMissing(false);
                }}
                multiline
                maxLength={500}
                required={reasonRequired}
                error={missing ? t('forumModeration.reasonRequired') : null}
              />
            )}
            {error && (
              <p role="alert" className="form-error">
                {error}
              </p>
            )}
            <div className="dialog-actions">
              <Button onPress={onCancel}>{t('common.cancel')}</Button>
              <Button type="submit" className={danger ? 'danger' : 'primary'} isDisabled={busy}>
                {confirmLabel}
              </Button>
            </div>
          </form>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
