import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Button, Dialog, DialogTrigger, Modal, ModalOverlay } from 'react-aria-components';

/**
 * At narrow widths the sidebar folds into this: a Menu button that opens it as a panel from
 * the side (a modal dialog: focus stays in it, Escape or Close shuts it, focus returns to the button).
 */
export function NarrowMenu({
  open,
  onOpenChange,
  children,
}: {
  open: boolean;
  onOpenChange: (open: boolean) => void;
  children: ReactNode;
}) {
  const { t } = useTranslation();
  return (
    <DialogTrigger isOpen={open} onOpenChange={onOpenChange}>
      <Button className="menu-button">
        <span aria-hidden="true" className="menu-icon" />
        {t('nav.menu')}
      </Button>
      <ModalOverlay className="drawer-overlay" isDismissable>
        <Modal className="drawer">
          <Dialog className="drawer-dialog" aria-label={t('nav.menu')}>
            <Button className="drawer-close" slot="close">
              {t('nav.closeMenu')}
            </Button>
            {children}
          </Dialog>
        </Modal>
      </ModalOverlay>
    </DialogTrigger>
  );
}
