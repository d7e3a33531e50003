import { useTranslation } from 'react-i18next';
import type { z } from 'zod';
import { followUpEndpoints as ep } from '../../../shared/endpoints/follow-up.ts';
import type { ForecastRecord } from '../../../shared/schemas/follow-up.ts';
import type { ReportBudgetRow } from '../../../shared/schemas/follow-up-views.ts';
import { ApiError, call } from '../../api/client.ts';
import { useAutosave } from '../../hooks/use-autosave.ts';
import { useFormat } from '../../i18n/format.ts';
import { amountText, parseNumberText } from '../../lib/format.ts';
import { ConflictPanel } from '../conflict-panel.tsx';
import { SaveStatus } from '../save-status.tsx';

type Row = z.infer<typeof ReportBudgetRow>;

interface Fields {
  forecast: string;
  outcome: string;
  comment: string;
}

const pick = (f: ForecastRecord | null): Fields => ({
  forecast: amountText(f?.forecast),
  outcome: amountText(f?.outcome),
  comment: f?.comment ?? '',
});

/** One budget row: its budget, the forecast (and outcome at VB) typed in tkr, the deviation and a comment. */
export function ForecastRow(props: {
  reportId: string;
  period: string;
  row: Row;
  annual: boolean;
  onSaved: () => void;
}) {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  const { row } = props;
  const id = `prognos-${row.id}`;
  const amount = (text: string, field: string) => {
    if (!text.trim()) return null;
    const n = parseNumberText(text);
    if (n === undefined)
      throw new ApiError(400, 'INVALID', t('economy.notNumber'), {
        fields: { [field]: t('economy.notNumber') },
      });
    return n;
  };
  const draft = useAutosave<Fields>({
    key: `forecast:${props.reportId}:${row.id}`,
    server: pick(row.forecast),
    version: row.forecast?.version ?? null,
    save: async (value, version) => {
      const saved = await call(ep.writeForecast, {
        params: { id: props.reportId },
        body: {
          budgetRowId: row.id,
          period: props.period,
          forecast: amount(value.forecast, 'forecast'),
          outcome: amount(value.outcome, 'outcome'),
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
  const deviation = row.forecast?.deviation;
  const needsComment = Boolean(row.forecast?.overThreshold) && !draft.value.comment.trim();
  const input = (field: 'forecast' | 'outcome', label: string) => (
    <td>
      <label className="visually-hidden" htmlFor={`${id}-${field}`}>
        {label}
      </label>
      <input
        id={`${id}-${field}`}
        className="num"
        inputMode="decimal"
        autoComplete="off"
        value={draft.value[field]}
        aria-invalid={draft.fieldErrors[field] ? true : undefined}
        onChange={(e) => draft.update({ [field]: e.target.value })}
      />
    </td>
  );
  return (
    <tr id={id}>
      <th scope="row">
        {row.label}{' '}
        <span className="muted">({t(row.groupKind === 'revenue' ? 'economy.revenue' : 'economy.cost')})</span>
      </th>
      <td className="num">{format.amount(row.budget)}</td>
      {input('forecast', t('economy.forecastFor', { row: row.label }))}
      {props.annual && input('outcome', t('economy.outcomeFor', { row: row.label }))}
      <td className="num">
        {deviation == null ? (
          '–'
        ) : (
          <span className={deviation < 0 ? 'cmp cmp-not_met' : 'cmp cmp-met'}>
            {format.amount(deviation)}{' '}
            <span className="cmp-note">({deviation < 0 ? t('economy.worse') : t('economy.better')})</span>
          </span>
        )}
      </td>
      <td>
        <label className="visually-hidden" htmlFor={`${id}-kommentar`}>
          {t('economy.commentFor', { row: row.label })}
        </label>
        <input
          id={`${id}-kommentar`}
          value={draft.value.comment}
          aria-invalid={needsComment || undefined}
          aria-describedby={needsComment ? `${id}-krav` : undefined}
          onChange={(e) => draft.update({ comment: e.target.value })}
        />
        {needsComment && (
          <span className="field-error" id={`${id}-krav`}>
            <span aria-hidden="true">⚠ </span>
            {t('economy.commentRequired')}
          </span>
        )}
        <SaveStatus state={draft.state} message={draft.message} />
        {draft.conflict && (
          <ConflictPanel
            conflict={draft.conflict}
            fields={[
              { key: 'forecast', label: t('economy.forecast') },
              { key: 'outcome', label: t('economy.outcome') },
              { key: 'comment', label: t('economy.comment') },
            ]}
            onKeepMine={draft.keepMine}
            onTakeTheirs={draft.takeTheirs}
          />
        )}
      </td>
    </tr>
  );
}
