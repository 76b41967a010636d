import { $createLinkNode, $isLinkNode, TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { $findMatchingParent } from '@lexical/utils';
import { $createTextNode, $getSelection, $isRangeSelection } from 'lexical';
import { useEffect, useRef, useState, type FormEvent } from 'react';
import {
  Button,
  Dialog,
  FieldError,
  Heading,
  Input,
  Label,
  Modal,
  ModalOverlay,
  TextField,
} from 'react-aria-components';
import { useTranslation } from 'react-i18next';
import { normaliseLinkUrl } from '../link-url';

/** The link around the caret or selection, if there is one. Call inside a read. */
function $selectedLinkUrl(): string | null {
  const selection = $getSelection();
  if (!$isRangeSelection(selection)) return null;
  const link = $findMatchingParent(selection.anchor.getNode(), $isLinkNode);
  return $isLinkNode(link) ? link.getURL() : null;
}

/** The dialog's form, made afresh each time it opens: the address starts as the current link's, or `https://`. */
function LinkForm({ isLink, onClose }: { isLink: boolean; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [value, setValue] = useState(() => editor.read($selectedLinkUrl) ?? 'https://');
  const [invalid, setInvalid] = useState(false);
  const field = useRef<HTMLInputElement>(null);

  const apply = (event: FormEvent) => {
    event.preventDefault();
    const url = normaliseLinkUrl(value);
    if (!url) {
      setInvalid(true);
      field.current?.focus();
      return;
    }
    const collapsedOutsideLink = editor.read(() => {
      const selection = $getSelection();
      return $isRangeSelection(selection) && selection.isCollapsed() && $selectedLinkUrl() === null;
    });
    if (collapsedOutsideLink)
      // Nothing selected to make into a link: the address itself becomes the link's text.
      editor.update(() => {
        const selection = $getSelection();
        if (!$isRangeSelection(selection)) return;
        const link = $createLinkNode(url).append($createTextNode(value.trim()));
        selection.insertNodes([link]);
        link.selectEnd();
      });
    else editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    onClose();
  };
  const remove = () => {
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, null);
    onClose();
  };

  return (
    <>
      <Heading slot="title" className="link-dialog-title">
        {t(isLink ? 'editor.linkEdit' : 'editor.linkDialog')}
      </Heading>
      <form onSubmit={apply} noValidate>
        <TextField
          className="link-dialog-field"
          value={value}
          onChange={(next) => {
            setValue(next);
            setInvalid(false);
          }}
          isInvalid={invalid}
          autoFocus
        >
          <Label>{t('editor.linkUrl')}</Label>
          <Input ref={field} inputMode="url" onFocus={(event) => event.currentTarget.select()} />
          {/* An alert that is always there, so the reason is read out the moment it appears. */}
          <div role="alert">
            <FieldError className="field-error">{t('editor.linkInvalid')}</FieldError>
          </div>
        </TextField>
        <div className="link-dialog-actions">
          <Button type="submit" className="primary">
            {t('editor.linkApply')}
          </Button>
          {isLink && <Button onPress={remove}>{t('editor.linkRemove')}</Button>}
          <Button slot="close">{t('editor.cancel')}</Button>
        </div>
      </form>
    </>
  );
}

/**
 * The dialog that sets or removes the selection's link (the toolbar's link tool, or Ctrl/⌘+K in
 * the text). Modal: the focus stays in it until it closes, Escape or Cancel closes it, and the
 * text gets the focus back either way. A refused address is said at once (an alert) and the
 * field is marked invalid and described by the reason.
 */
export function LinkDialog({ isOpen, isLink, onClose }: { isOpen: boolean; isLink: boolean; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const wasOpen = useRef(false);

  useEffect(() => {
    if (isOpen) wasOpen.current = true;
    else if (wasOpen.current) {
      // After the dialog has gone, so React Aria has nothing left to give the focus back to.
      wasOpen.current = false;
      editor.focus();
    }
  }, [isOpen, editor]);

  return (
    <ModalOverlay
      className="link-dialog-overlay"
      isOpen={isOpen}
      isDismissable
      onOpenChange={(open) => !open && onClose()}
    >
      <Modal className="link-dialog-modal">
        <Dialog className="link-dialog">
          <LinkForm isLink={isLink} onClose={onClose} />
        </Dialog>
      </Modal>
    </ModalOverlay>
  );
}
