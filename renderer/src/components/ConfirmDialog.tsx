import { useEffect, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';

/**
 * A modal question before something that is hard to undo (React Aria's alert dialog: focus
 * stays inside, the page behind is inert). Cancel has focus first, so a stray Enter does no
 * harm; Escape cancels. On closing, focus goes back to whatever opened it, or to
 * `fallbackFocus` when that is gone (a removed row, say).
 */
export function ConfirmDialog({
  title,
  message,
  confirmLabel,
  busy,
  error,
  onConfirm,
  onCancel,
  fallbackFocus,
}: {
  title: string;
  message: string;
  confirmLabel: string;
  busy?: boolean;
  error?: string | null;
  onConfirm: () => void;
  onCancel: () => void;
  fallbackFocus?: RefObject<HTMLElement | null>;
}) {
  const { t } = useTranslation();

  // Read at closing time, not at opening: the fallback may be an element that only exists by then.
  useEffect(
    () => () => {
      requestAnimationFrame(() => {
        if (!document.activeElement || document.activeElement === document.body) fallbackFocus?.current?.focus();
      });
    },
    [fallbackFocus],
  );

  return (
    <ModalOverlay
      isOpen
      isDismissable={false}
      isKeyboardDismissDisabled={false}
      onOpenChange={(open) => !open && onCancel()}
      className="dialog-overlay"
    >
      <Modal className="confirm-dialog">
        <Dialog role="alertdialog" className="confirm-dialog-body">
          <Heading slot="title">{title}</Heading>
          <p>{message}</p>
          {error && (
            <p role="alert" className="form-error">
              {error}
            </p>
          )}
          <div className="dialog-actions">
            <Button autoFocus onPress={onCancel}>
              {t('common.cancel')}
            </Button>
            <Button className="danger" isDisabled={busy} onPress={onConfirm}>
              {confirmLabel}
            </Button>
          </div>
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
