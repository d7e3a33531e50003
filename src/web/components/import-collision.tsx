// When a plan's council goals carry numbers that belong to different goals in the year, the import
// stops and the person chooses how to go on; the preview then runs again with that choice.
import { useId } from 'react';

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
      <h3 id={`${name}-h`}>Målnummer som redan används – välj hur importen ska fortsätta</h3>
      <fieldset>
        <legend>Planens mål har samma nummer som andra mål det här året</legend>
        <label>
          <input type="radio" name={name} checked={value === 'link'} onChange={() => pick('link')} /> Koppla
          till de befintliga målen (planens text för dem sparas inte)
        </label>
        <br />
        <label>
          <input type="radio" name={name} checked={value === 'own'} onChange={() => pick('own')} /> Skapa
          planens egna mål (utan nummer; de befintliga målen lämnas orörda)
        </label>
        <br />
        <label>
          <input type="radio" name={name} checked={other} onChange={() => pick('year')} /> Importera till ett
          annat år
        </label>
        {other && (
          <div className="field narrow-field">
            <label className="field-label" htmlFor={yearId}>
              År att importera till
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
          Förhandsgranska med valet
        </button>
      </div>
    </section>
  );
}
