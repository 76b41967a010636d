import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  NumberField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';

export type TableSize = { rows: number; columns: number; headerRow: boolean };

/** Rows × columns, with a header row unless the person says otherwise (a table's header cells are what export and screen readers rely on). */
function TableForm({ onDone }: { onDone: (size: TableSize | null) => void }) {
  const { t } = useTranslation();
  const [rows, setRows] = useState(3);
  const [columns, setColumns] = useState(3);
  const [headerRow, setHeaderRow] = useState(true);
  const submit = (event: FormEvent) => {
    event.preventDefault();
    onDone({ rows: rows || 1, columns: columns || 1, headerRow });
  };
  return (
    <>
      <Heading slot="title" className="link-dialog-title">
        {t('media.tableDialog')}
      </Heading>
      <form onSubmit={submit} noValidate className="table-form">
        <NumberField className="link-dialog-field" value={rows} onChange={setRows} minValue={1} maxValue={50} autoFocus>
          <Label>{t('media.tableRows')}</Label>
          <Input data-testid="table-rows" />
        </NumberField>
        <NumberField className="link-dialog-field" value={columns} onChange={setColumns} minValue={1} maxValue={20}>
          <Label>{t('media.tableColumns')}</Label>
          <Input data-testid="table-columns" />
        </NumberField>
        <Checkbox className="media-checkbox" isSelected={headerRow} onChange={setHeaderRow}>
          <span className="media-checkbox-box" aria-hidden="true" />
          {t('media.tableHeaderRow')}
        </Checkbox>
        <div className="link-dialog-actions">
          <Button type="submit" className="primary">
            {t('media.tableInsert')}
          </Button>
          <Button onPress={() => onDone(null)}>{t('media.cancel')}</Button>
        </div>
      </form>
    </>
  );
}

export function InsertTableDialog({ isOpen, onDone }: { isOpen: boolean; onDone: (size: TableSize | null) => void }) {
  return (
    <ModalOverlay
      className="link-dialog-overlay"
      isOpen={isOpen}
      isDismissable
      onOpenChange={(open) => !open && onDone(null)}
    >
      <Modal className="link-dialog-modal">
        <Dialog className="link-dialog">{isOpen && <TableForm onDone={onDone} />}</Dialog>
      </Modal>
    </ModalOverlay>
  );
}
