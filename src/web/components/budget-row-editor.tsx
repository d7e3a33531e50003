import type { TFunction } from 'i18next';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import type { BudgetLine } from '../../domain/budget.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { TreeBudgetRow } from '../../shared/schemas/plan-tree.ts';
import { type Answer, ApiError, call, reloadOnConflict } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { useAutosave } from '../hooks/use-autosave.ts';
import { useFormat } from '../i18n/format.ts';
import { removeDraft } from '../lib/drafts.ts';
import { amountText, parseNumberText } from '../lib/format.ts';
import { SaveStatus } from './save-status.tsx';

interface Fields {
  label: string;
  groupKind: 'revenue' | 'cost';
  budget: string;
  forecast: string;
}

const pick = (r: {
  label: string;
  groupKind: 'revenue' | 'cost';
  budget: number;
  forecast: number | null;
}): Fields => ({
  label: r.label,
  groupKind: r.groupKind,
  budget: amountText(r.budget),
  forecast: amountText(r.forecast),
});

export function toLine(f: Fields): BudgetLine {
  return {
    label: f.label,
    groupKind: f.groupKind,
    budget: parseNumberText(f.budget) ?? 0,
    forecast: f.forecast.trim() ? (parseNumberText(f.forecast) ?? null) : null,
    outcome: null,
  };
}

interface Props {
  row: TreeBudgetRow;
  withForecast: boolean;
  onLocal: (id: string, line: BudgetLine) => void;
  onChanged: () => void;
}

function amountError(t: TFunction, text: string, required: boolean): string | undefined {
  if (!text.trim()) return required ? t('row.amountRequired') : undefined;
  const n = parseNumberText(text);
  if (n === undefined) return t('row.amountInvalid');
  if (n < 0) return t('row.amountNegative');
  return undefined;
}

/** One budget row; sums update live from what is typed, the row saves itself. */
export function BudgetRowEditor({ row, withForecast, onLocal, onChanged }: Props) {
  const { t } = useTranslation(['budget', 'plan']);
  const format = useFormat();
  const remove = useAction();
  const draft = useAutosave<Fields>({
    key: `budget-row:${row.id}`,
    server: pick(row),
    version: row.version,
    save: async (value, version) => {
      const problem = amountError(t, value.budget, true) ?? amountError(t, value.forecast, false);
      if (problem) throw new ApiError(400, 'INVALID', problem, { fields: { amount: problem } });
      const line = toLine(value);
      const saved = await call(endpoints.updateBudgetRow, {
        params: { id: row.id },
        body: {
          label: value.label,
          groupKind: value.groupKind,
          budget: line.budget,
          forecast: line.forecast,
          version: version!,
        },
      });
      return { value: pick(saved), version: saved.version };
    },
    fromCurrent: (current: Answer<'updateBudgetRow'>) => ({ value: pick(current), version: current.version }),
    onSaved: onChanged,
  });
  const { value, update } = draft;
  useEffect(() => onLocal(row.id, toLine(value)), [value, row.id, onLocal]);
  const name = value.label || t('row.unnamed');
  const line = toLine(value);
  const deviation =
    line.forecast == null
      ? null
      : line.groupKind === 'revenue'
        ? line.forecast - line.budget
        : line.budget - line.forecast;
  const error = draft.fieldErrors.amount ?? draft.fieldErrors.label;
  return (
    <tr>
      <td>
        <input
          aria-label={t('row.itemLabel', { name })}
          value={value.label}
          onChange={(e) => update({ label: e.target.value })}
        />
        {error && <span className="field-error">{error}</span>}
        {draft.conflict && (
          <span className="field-error">
            {t('row.conflict')}{' '}
            <button type="button" className="link-button" onClick={draft.keepMine}>
              {t('row.keepMine')}
            </button>{' '}
            <button type="button" className="link-button" onClick={draft.takeTheirs}>
              {t('row.takeTheirs')}
            </button>
          </span>
        )}
      </td>
      <td>
        <select
          aria-label={t('row.groupLabel', { name })}
          value={value.groupKind}
          onChange={(e) => update({ groupKind: e.target.value as Fields['groupKind'] })}
        >
          <option value="revenue">{t('row.revenue')}</option>
          <option value="cost">{t('row.cost')}</option>
        </select>
      </td>
      <td className="num">
        <input
          className="num"
          inputMode="decimal"
          aria-label={t('row.budgetLabel', { name })}
          value={value.budget}
          aria-invalid={draft.fieldErrors.amount ? true : undefined}
          onChange={(e) => update({ budget: e.target.value })}
        />
      </td>
      {withForecast && (
        <>
          <td className="num">
            <input
              className="num"
              inputMode="decimal"
              aria-label={t('row.forecastLabel', { name })}
              value={value.forecast}
              onChange={(e) => update({ forecast: e.target.value })}
            />
          </td>
          <td className="num">{deviation == null ? '–' : format.number(deviation)}</td>
        </>
      )}
      <td className="row-actions">
        {draft.state !== 'saved' && <SaveStatus state={draft.state} />}
        <button
          type="button"
          className="button small danger"
          onClick={() => {
            if (!window.confirm(t('row.confirmRemove', { name }))) return;
            void remove.run(async () => {
              await call(endpoints.deleteBudgetRow, {
                params: { id: row.id },
                query: { version: draft.baseVersion() ?? row.version },
              }).catch(reloadOnConflict(onChanged));
              removeDraft(`budget-row:${row.id}`);
              onChanged();
            });
          }}
        >
          {t('row.remove')}
          <span className="visually-hidden"> {t('row.removeWhich', { name })}</span>
        </button>
        {remove.error && (
          <span className="field-error" role="alert">
            {remove.error}
          </span>
        )}
      </td>
    </tr>
  );
}
