import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { deviationOf, isOverThreshold } from '../../../domain/forecast.ts';
import { followUpEndpoints as ep } from '../../../shared/endpoints/follow-up.ts';
import type { ForecastRecord } from '../../../shared/schemas/follow-up.ts';
import type { ReportBudgetRow } from '../../../shared/schemas/follow-up-views.ts';
import { ApiError, call } from '../../api/client.ts';
import { useAutosave } from '../../hooks/use-autosave.ts';
import { amountText, parseNumberText } from '../../lib/format.ts';
import { ConflictPanel } from '../conflict-panel.tsx';
import { SaveStatus } from '../save-status.tsx';

type Row = z.infer<typeof ReportBudgetRow>;
interface Fields {
  forecast: string;
  comment: string;
}
const pick = (f: ForecastRecord | null): Fields => ({
  forecast: amountText(f?.forecast),
  comment: f?.comment ?? '',
});

/** One budget row's full-year forecast as made in one month, saved as it is typed; a comment when over the threshold. */
export function MonthForecastCell(props: {
  reportId: string;
  row: Row;
  month: string;
  monthName: string;
  threshold: number | null;
  onSaved: () => void;
}) {
  const { t } = useTranslation('follow-up');
  const { row, month } = props;
  const entry = row.months.find((m) => m.period === month);
  const id = `manad-${row.id}-${month}`;
  const draft = useAutosave<Fields>({
    key: `forecast:${props.reportId}:${row.id}:${month}`,
    server: pick(entry?.forecast ?? null),
    version: entry?.forecast?.version ?? null,
    save: async (value, version) => {
      const forecast = value.forecast.trim() ? parseNumberText(value.forecast) : null;
      if (forecast === undefined)
        throw new ApiError(400, 'INVALID', t('economy.notNumber'), {
          fields: { forecast: t('economy.notNumber') },
        });
      const saved = await call(ep.writeForecast, {
        params: { id: props.reportId },
        body: {
          budgetRowId: row.id,
          period: month,
          forecast,
          outcome: null,
          comment: value.comment,
          version: version ?? undefined,
        },
      });
      return { value: pick(saved), version: saved.version };
    },
    fromCurrent: (current: ForecastRecord) => ({ value: pick(current), version: current.version }),
    onSaved: props.onSaved,
    delay: 900,
  });
  // Worked out as it is typed, in the plan's sign convention, so the comment field appears before saving.
  const typed = parseNumberText(draft.value.forecast);
  const over = isOverThreshold(
    deviationOf({ groupKind: row.groupKind, budget: row.budget, forecast: typed ?? null, outcome: null }),
    props.threshold,
  );
  const label = { row: row.label, month: props.monthName };
  return (
    <td>
      <label className="visually-hidden" htmlFor={id}>
        {t('months.forecastFor', label)}
      </label>
      <input
        id={id}
        className="num"
        inputMode="decimal"
        autoComplete="off"
        value={draft.value.forecast}
        aria-invalid={draft.fieldErrors.forecast ? true : undefined}
        onChange={(e) => draft.update({ forecast: e.target.value })}
      />
      {(over || draft.value.comment) && (
        <>
          <label htmlFor={`${id}-kommentar`} className="field-hint">
            {t('months.commentFor', label)}
          </label>
          <input
            id={`${id}-kommentar`}
            value={draft.value.comment}
            aria-invalid={over && !draft.value.comment.trim() ? true : undefined}
            onChange={(e) => draft.update({ comment: e.target.value })}
          />
        </>
      )}
      <SaveStatus state={draft.state} message={draft.message} />
      {draft.conflict && (
        <ConflictPanel
          conflict={draft.conflict}
          fields={[
            { key: 'forecast', label: t('economy.forecast') },
            { key: 'comment', label: t('economy.comment') },
          ]}
          onKeepMine={draft.keepMine}
          onTakeTheirs={draft.takeTheirs}
        />
      )}
    </td>
  );
}
