import { useState } from 'react';
import { Button, Dialog, Heading, Modal, ModalOverlay } from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import type { DocumentMeta } from '../../../shared/api/schemas';
import { HistoryPanel } from './HistoryPanel';
import './history.css';

/**
 * The editor screen's "History" button and the panel it opens: a modal sheet (focus stays inside,
 * Escape closes it, focus returns to the button).
 */
export function HistoryButton({
  serverId,
  document,
  canWrite,
}: {
  serverId: string;
  document: DocumentMeta;
  canWrite: boolean;
}) {
  const { t } = useTranslation();
  const [open, setOpen] = useState(false);
  return (
    <>
      <Button className="history-open" onPress={() => setOpen(true)} aria-haspopup="dialog">
        {t('history.open')}
      </Button>
      <ModalOverlay isOpen={open} onOpenChange={setOpen} isDismissable className="dialog-overlay">
        <Modal className="history-sheet">
          <Dialog className="history-dialog" aria-labelledby="history-heading">
            <div className="history-head">
              <Heading slot="title" id="history-heading">
                {t('history.heading')}
              </Heading>
              <Button onPress={() => setOpen(false)}>{t('history.close')}</Button>
            </div>
            <HistoryPanel serverId={serverId} document={document} canWrite={canWrite} />
          </Dialog>
        </Modal>
      </ModalOverlay>
    </>
  );
}
