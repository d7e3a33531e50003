import { type ReactNode, useState } from 'react';
import { endpoints } from '../../shared/endpoints/index.ts';
import { call } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { formatNumber } from '../lib/format.ts';
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
  return (
    <>
      {heading && (
        <tr className="group-row">
          <th scope="rowgroup" colSpan={columns}>
            {heading === 'revenue' ? 'Intäkter' : 'Kostnader'}
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
  const f = (n: number | null | undefined) => (n == null ? '–' : formatNumber(n));
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
  const [label, setLabel] = useState('');
  const [groupKind, setGroup] = useState<'revenue' | 'cost'>('cost');
  const action = useAction();
  return (
    <form
      className="inline-form add-row"
      aria-label={`Ny budgetrad i ${tableName}`}
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
      <TextField className="grow" label="Ny budgetrad" value={label} onChange={setLabel} />
      <div className="field">
        <label className="field-label" htmlFor={`grupp-${tableId}`}>
          Grupp för ny rad
        </label>
        <select
          id={`grupp-${tableId}`}
          value={groupKind}
          onChange={(e) => setGroup(e.target.value as 'revenue' | 'cost')}
        >
          <option value="revenue">Intäkt</option>
          <option value="cost">Kostnad</option>
        </select>
      </div>
      <button type="submit" className="button" disabled={action.pending || !label.trim()}>
        Lägg till rad
      </button>
      {action.error && <p className="field-error">{action.error}</p>}
    </form>
  );
}
