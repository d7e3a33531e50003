// When a plan's council goals carry numbers that belong to different goals in the year, the import
// stops and the person chooses how to go on; the preview then runs again with that choice.
import { useId } from 'react';
import { useTranslation } from 'react-i18next';

type Choice = '' | 'link' | 'own';

interface Props {
  value: Choice;
  onChange: (value: Choice) => void;
  yearOverride: string;
  onYear: (year: string) => void;
  busy: boolean;
  onRetry: () => void;
}

export function CollisionChoice({ value, onChange, yearOverride, onYear, busy, onRetry }: Props) {
  const { t } = useTranslation('imports');
  const name = useId();
  const yearId = useId();
  const other = value === '' && yearOverride !== '';
  const pick = (choice: Choice | 'year') => {
    if (choice === 'year') {
      onChange('');
      if (!yearOverride) onYear(String(new Date().getFullYear() + 1));
    } else {
      onChange(choice);
      onYear('');
    }
  };
  return (
    <section className="card" aria-labelledby={`${name}-h`}>
      <h3 id={`${name}-h`}>{t('collision.heading')}</h3>
      <fieldset>
        <legend>{t('collision.legend')}</legend>
        <label>
          <input type="radio" name={name} checked={value === 'link'} onChange={() => pick('link')} />{' '}
          {t('collision.link')}
        </label>
        <br />
        <label>
          <input type="radio" name={name} checked={value === 'own'} onChange={() => pick('own')} />{' '}
          {t('collision.own')}
        </label>
        <br />
        <label>
          <input type="radio" name={name} checked={other} onChange={() => pick('year')} />{' '}
          {t('collision.year')}
        </label>
        {other && (
          <div className="field narrow-field">
            <label className="field-label" htmlFor={yearId}>
              {t('collision.yearField')}
            </label>
            <input
              id={yearId}
              type="number"
              inputMode="numeric"
              min={2000}
              max={2100}
              value={yearOverride}
              onChange={(e) => onYear(e.target.value)}
            />
          </div>
        )}
      </fieldset>
      <div className="button-row">
        <button
          type="button"
          className="button"
          disabled={busy || (value === '' && !other)}
          onClick={onRetry}
        >
          {t('collision.retry')}
        </button>
      </div>
    </section>
  );
}
