import { useEffect, useId, useRef, type RefObject } from 'react';
import { useTranslation } from 'react-i18next';

/**
 * A modal question before something that is hard to undo. Cancel has focus first, so a stray
 * Enter does no harm; Escape cancels. On closing, focus goes back to whatever opened it, or to
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
  const dialog = useRef<HTMLDialogElement>(null);
  const cancel = useRef<HTMLButtonElement>(null);
  const titleId = useId();
  const messageId = useId();

  useEffect(() => {
    const element = dialog.current;
    const opener = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    if (element && !element.open) element.showModal();
    cancel.current?.focus();
    return () => {
      element?.close();
      if (opener?.isConnected) opener.focus();
      else focusLater(fallbackFocus);
    };
  }, [fallbackFocus]);

  return (
    <dialog
      ref={dialog}
      className="confirm-dialog"
      aria-labelledby={titleId}
      aria-describedby={messageId}
      onCancel={(event) => {
        event.preventDefault();
        onCancel();
      }}
    >
      <h2 id={titleId}>{title}</h2>
      <p id={messageId}>{message}</p>
      {error && (
        <p role="alert" className="form-error">
          {error}
        </p>
      )}
      <div className="dialog-actions">
        <button ref={cancel} type="button" onClick={onCancel}>
          {t('common.cancel')}
        </button>
        <button type="button" className="danger" disabled={busy} onClick={onConfirm}>
          {confirmLabel}
        </button>
      </div>
    </dialog>
  );
}

/** Read at closing time, not at opening: the fallback may be an element that only exists by then. */
function focusLater(target: RefObject<HTMLElement | null> | undefined): void {
  target?.current?.focus();
}
