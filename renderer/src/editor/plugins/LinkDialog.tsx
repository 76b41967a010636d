import { TOGGLE_LINK_COMMAND } from '@lexical/link';
import { useLexicalComposerContext } from '@lexical/react/LexicalComposerContext';
import { useEffect, useId, useRef, useState, type FormEvent } from 'react';
import { useTranslation } from 'react-i18next';
import { normaliseLinkUrl } from '../link-url';

/** An inline dialog to set or remove the selection's link; Escape or Cancel returns to the text. */
export function LinkDialog({ isLink, onClose }: { isLink: boolean; onClose: () => void }) {
  const [editor] = useLexicalComposerContext();
  const { t } = useTranslation();
  const [value, setValue] = useState('https://');
  const [invalid, setInvalid] = useState(false);
  const input = useRef<HTMLInputElement>(null);
  const titleId = useId();
  const errorId = useId();

  useEffect(() => input.current?.select(), []);

  const close = () => {
    onClose();
    editor.focus();
  };
  const apply = (event: FormEvent) => {
    event.preventDefault();
    const url = normaliseLinkUrl(value);
    if (!url) return setInvalid(true);
    editor.dispatchCommand(TOGGLE_LINK_COMMAND, url);
    close();
  };

  return (
    <form
      className="link-dialog"
      role="dialog"
      aria-labelledby={titleId}
      onSubmit={apply}
      onKeyDown={(event) => event.key === 'Escape' && close()}
    >
      <h2 id={titleId} className="link-dialog-title">
        {t('editor.linkDialog')}
      </h2>
      <label>
        {t('editor.linkUrl')}
        <input
          ref={input}
          type="text"
          inputMode="url"
          value={value}
          aria-invalid={invalid}
          aria-describedby={invalid ? errorId : undefined}
          onChange={(event) => setValue(event.target.value)}
        />
      </label>
      {invalid && (
        <p id={errorId} className="field-error">
          {t('editor.linkInvalid')}
        </p>
      )}
      <div className="link-dialog-actions">
        <button type="submit">{t('editor.linkApply')}</button>
        {isLink && (
          <button type="button" onClick={() => (editor.dispatchCommand(TOGGLE_LINK_COMMAND, null), close())}>
            {t('editor.linkRemove')}
          </button>
        )}
        <button type="button" onClick={close}>
          {t('editor.cancel')}
        </button>
      </div>
    </form>
  );
}
