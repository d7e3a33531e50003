import { type InputHTMLAttributes, useId } from 'react';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
}

export function TextField({ label, value, onChange, hint, error, id, className, ...rest }: Props) {
  const generated = useId();
  const inputId = id ?? `f-${generated}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const describedBy = [hint ? hintId : '', error ? errorId : ''].filter(Boolean).join(' ') || undefined;
  return (
    <div className={`field ${className ?? ''}`}>
      <label className="field-label" htmlFor={inputId}>
        {label}
      </label>
      {hint && (
        <span className="field-hint" id={hintId}>
          {hint}
        </span>
      )}
      <input
        id={inputId}
        value={value}
        onChange={(e) => onChange(e.target.value)}
        aria-describedby={describedBy}
        aria-invalid={error ? true : undefined}
        {...rest}
      />
      {error && (
        <span className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      )}
    </div>
  );
}

/** Dates are typed and shown as ÅÅÅÅ-MM-DD whatever the browser's language. */
export const DATE_INPUT = {
  inputMode: 'numeric',
  placeholder: 'ÅÅÅÅ-MM-DD',
  maxLength: 10,
  autoComplete: 'off',
  pattern: '\\d{4}-\\d{2}-\\d{2}',
} as const;
