import { useId, type Ref } from 'react';

type TextFieldProps = {
  label: string;
  value: string;
  onChange: (value: string) => void;
  /** Shown under the label and read with the field. */
  hint?: string;
  /** Shown in red under the field, read with it, and marks it invalid. */
  error?: string | null;
  type?: 'text' | 'email' | 'password' | 'url';
  autoComplete?: string;
  multiline?: boolean;
  maxLength?: number;
  required?: boolean;
  inputRef?: Ref<HTMLInputElement | HTMLTextAreaElement>;
};

/** A labelled text field with its hint and error tied to it, so a screen reader reads all three together. */
export function TextField({
  label,
  value,
  onChange,
  hint,
  error,
  type = 'text',
  autoComplete,
  multiline,
  maxLength,
  required,
  inputRef,
}: TextFieldProps) {
  const id = useId();
  const hintId = `${id}-hint`;
  const errorId = `${id}-error`;
  const describedBy = [hint ? hintId : null, error ? errorId : null].filter(Boolean).join(' ') || undefined;
  const common = {
    id,
    value,
    maxLength,
    required,
    'aria-describedby': describedBy,
    'aria-invalid': error ? true : undefined,
  };
  return (
    <div className="field">
      <label htmlFor={id}>{label}</label>
      {hint && (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      )}
      {multiline ? (
        <textarea
          {...common}
          ref={inputRef as Ref<HTMLTextAreaElement>}
          rows={3}
          onChange={(event) => onChange(event.target.value)}
        />
      ) : (
        <input
          {...common}
          ref={inputRef as Ref<HTMLInputElement>}
          type={type}
          autoComplete={autoComplete}
          onChange={(event) => onChange(event.target.value)}
        />
      )}
      {error && (
        <p id={errorId} className="field-error">
          {error}
        </p>
      )}
    </div>
  );
}
