import { type ReactNode, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import { call } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFormat } from '../i18n/format.ts';
import { TextField } from './text-field.tsx';

/** The category layout prints "Intäkter" and "Kostnader" as group headings above their rows. */
export function GroupedRow({
  heading,
  columns,
  children,
}: {
  heading?: 'revenue' | 'cost';
  columns: number;
  children: ReactNode;
}) {
  const { t } = useTranslation('vocabulary');
  return (
    <>
      {heading && (
        <tr className="group-row">
          <th scope="rowgroup" colSpan={columns}>
            {t(`budgetGroup.${heading}`)}
          </th>
        </tr>
      )}
      {children}
    </>
  );
}

export function SumRow(props: {
  label: string;
  budget: number;
  forecast?: number;
  deviation?: number | null;
  withForecast: boolean;
  strong?: boolean;
}) {
  const format = useFormat();
  const f = (n: number | null | undefined) => (n == null ? '–' : format.number(n));
  return (
    <tr className={props.strong ? 'sum strong' : 'sum'}>
      <th scope="row" colSpan={2}>
        {props.label}
      </th>
      <td className="num">{f(props.budget)}</td>
      {props.withForecast && (
        <>
          <td className="num">{f(props.forecast)}</td>
          <td className="num">{props.strong ? f(props.deviation) : ''}</td>
        </>
      )}
      <td />
    </tr>
  );
}

export function AddRowForm({
  tableId,
  tableName,
  onAdded,
}: {
  tableId: string;
  tableName: string;
  onAdded: () => void;
}) {
  const { t } = useTranslation('budget');
  const [label, setLabel] = useState('');
  const [groupKind, setGroup] = useState<'revenue' | 'cost'>('cost');
  const action = useAction();
  return (
    <form
      className="inline-form add-row"
      aria-label={t('row.newIn', { table: tableName })}
      onSubmit={(e) => {
        e.preventDefault();
        if (!label.trim()) return;
        void action.run(async () => {
          await call(endpoints.createBudgetRow, {
            params: { id: tableId },
            body: { label: label.trim(), groupKind, budget: 0 },
          });
          setLabel('');
          onAdded();
        });
      }}
    >
      <TextField className="grow" label={t('row.new')} value={label} onChange={setLabel} />
      <div className="field">
        <label className="field-label" htmlFor={`grupp-${tableId}`}>
          {t('row.newGroup')}
        </label>
        <select
          id={`grupp-${tableId}`}
          value={groupKind}
          onChange={(e) => setGroup(e.target.value as 'revenue' | 'cost')}
        >
          <option value="revenue">{t('row.revenue')}</option>
          <option value="cost">{t('row.cost')}</option>
        </select>
      </div>
      <button type="submit" className="button" disabled={action.pending || !label.trim()}>
        {t('row.add')}
      </button>
      {action.error && <p className="field-error">{action.error}</p>}
    </form>
  );
}
