import { type InputHTMLAttributes, useId } from 'react';
import { useTranslation } from 'react-i18next';

interface Props extends Omit<InputHTMLAttributes<HTMLInputElement>, 'onChange' | 'value'> {
  label: string;
  value: string;
  onChange: (value: string) => void;
  hint?: string;
  error?: string;
  /** The server's length limit: a counter appears near it, and says how many characters are too many past it. */
  limit?: number;
}

export function TextField({ label, value, onChange, hint, error, limit, id, className, ...rest }: Props) {
  const generated = useId();
  const inputId = id ?? `f-${generated}`;
  const hintId = `${inputId}-hint`;
  const errorId = `${inputId}-error`;
  const countId = `${inputId}-count`;
  const nearLimit = limit !== undefined && value.length >= limit * 0.8;
  const describedBy =
    [hint ? hintId : '', error ? errorId : '', nearLimit ? countId : ''].filter(Boolean).join(' ') ||
    undefined;
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
      {limit !== undefined && nearLimit && <LengthCounter id={countId} length={value.length} limit={limit} />}
      {error && (
        <span className="field-error" id={errorId}>
          <span aria-hidden="true">⚠ </span>
          {error}
        </span>
      )}
    </div>
  );
}

/** Characters used of the limit; polite live region so a screen reader hears it while typing near the end. */
export function LengthCounter({ id, length, limit }: { id?: string; length: number; limit: number }) {
  const { t } = useTranslation('fields');
  const over = length - limit;
  return (
    <span id={id} className={`field-count ${over > 0 ? 'over' : ''}`} aria-live="polite">
      {over > 0 ? t('over', { count: length, limit, over }) : t('count', { count: length, limit })}
    </span>
  );
}

/** Dates use the browser's date input: a calendar, the locale's format shown, ÅÅÅÅ-MM-DD sent. */
export const DATE_INPUT = { type: 'date' } as const;
