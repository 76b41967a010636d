import { useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';

/** A read-only value with a Copy button; says "Copied." (or how to copy by hand) in a live region. */
export function CopyField({ label, value, copyLabel }: { label: string; value: string; copyLabel: string }) {
  const { t } = useTranslation();
  const id = useId();
  const input = useRef<HTMLInputElement>(null);
  const [said, setSaid] = useState('');

  const copy = async () => {
    setSaid('');
    try {
      await navigator.clipboard.writeText(value);
      setSaid(t('invites.copied'));
    } catch {
      // Some windows refuse the clipboard API; selecting the text lets the person copy it themselves.
      input.current?.select();
      setSaid(t('invites.copyFailed'));
    }
  };

  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      <div className="copy-row">
        <input
          ref={input}
          id={id}
          value={value}
          readOnly
          spellCheck={false}
          onFocus={(event) => event.target.select()}
        />
        <button type="button" onClick={() => void copy()}>
          {copyLabel}
        </button>
      </div>
      <p className="field-hint" role="status">
        {said}
      </p>
    </div>
  );
}
