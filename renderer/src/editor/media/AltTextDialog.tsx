import { useState, type FormEvent } from 'react';
import {
  Button,
  Checkbox,
  Dialog,
  FieldError,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  Text,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';

/** What the person said about an image: a description, or '' for a decorative image. */
export type AltTextChoice = { altText: string };

/**
 * Asks for an image's description before it goes into the document, and again when it is
 * changed. "Decorative" is a choice the person makes, never a default: an empty description is
 * refused unless they tick it (its alt text is then '', and screen readers skip the image).
 */
function AltTextForm({
  initial,
  editing,
  onDone,
}: {
  initial: string | null;
  editing: boolean;
  onDone: (choice: AltTextChoice | null) => void;
}) {
  const { t } = useTranslation();
  const [text, setText] = useState(initial ?? '');
  const [decorative, setDecorative] = useState(initial === '');
  const [invalid, setInvalid] = useState(false);

  const submit = (event: FormEvent) => {
    event.preventDefault();
    const altText = decorative ? '' : text.trim();
    if (!decorative && !altText) return setInvalid(true);
    onDone({ altText });
  };

  return (
    <>
      <Heading slot="title" className="link-dialog-title">
        {t(editing ? 'media.altDialogEdit' : 'media.altDialog')}
      </Heading>
      <form onSubmit={submit} noValidate>
        <TextField
          className="link-dialog-field"
          value={text}
          onChange={(next) => {
            setText(next);
            setInvalid(false);
          }}
          isDisabled={decorative}
          isInvalid={invalid}
          autoFocus
        >
          <Label>{t('media.altText')}</Label>
          <Input data-testid="alt-text" />
          <Text slot="description" className="field-help">
            {t('media.altHelp')}
          </Text>
          <div role="alert">
            <FieldError className="field-error">{t('media.altRequired')}</FieldError>
          </div>
        </TextField>
        <Checkbox
          className="media-checkbox"
          isSelected={decorative}
          onChange={(value) => {
            setDecorative(value);
            setInvalid(false);
          }}
        >
          <span className="media-checkbox-box" aria-hidden="true" />
          {t('media.decorative')}
        </Checkbox>
        <div className="link-dialog-actions">
          <Button type="submit" className="primary">
            {t(editing ? 'media.altSave' : 'media.altInsert')}
          </Button>
          <Button onPress={() => onDone(null)}>{t('media.cancel')}</Button>
        </div>
      </form>
    </>
  );
}

/** The alt text dialog; `initial` null for a new image, else its current alt text. Closing it without saving gives null. */
export function AltTextDialog({
  isOpen,
  initial,
  editing,
  onDone,
}: {
  isOpen: boolean;
  initial: string | null;
  editing: boolean;
  onDone: (choice: AltTextChoice | null) => void;
}) {
  return (
    <ModalOverlay
      className="link-dialog-overlay"
      isOpen={isOpen}
      isDismissable
      onOpenChange={(open) => !open && onDone(null)}
    >
      <Modal className="link-dialog-modal">
        <Dialog className="link-dialog">
          {isOpen && <AltTextForm initial={initial} editing={editing} onDone={onDone} />}
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
