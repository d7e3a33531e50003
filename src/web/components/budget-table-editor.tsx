import { useCallback, useState } from 'react';
import { type BudgetLine, signedNet, summariseBudget } from '../../domain/budget.ts';
import { LIMITS } from '../../domain/limits.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { TreeBudgetTable } from '../../shared/schemas/plan-tree.ts';
import { type Answer, call, reloadOnConflict } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { useAutosave } from '../hooks/use-autosave.ts';
import { removeDraft } from '../lib/drafts.ts';
import { BudgetRowEditor } from './budget-row-editor.tsx';
import { AddRowForm, GroupedRow, SumRow } from './budget-table-parts.tsx';
import { SaveStatus } from './save-status.tsx';
import { TableScroll } from './table-scroll.tsx';
import { TextField } from './text-field.tsx';

type Layout = TreeBudgetTable['layout'];
export const LAYOUT_LABEL: Record<Layout, string> = {
  category: 'Budgetram per kategori (intäkter och kostnader)',
  simple: 'Enkel (intäkter, löner, övriga kostnader)',
  per_activity: 'Per verksamhet: budget, prognos och avvikelse',
};

interface Fields {
  title: string;
  layout: Layout;
}

export function BudgetTableEditor({ table, onChanged }: { table: TreeBudgetTable; onChanged: () => void }) {
  const draft = useAutosave<Fields>({
    key: `budget-table:${table.id}`,
    server: { title: table.title, layout: table.layout },
    version: table.version,
    save: async (value, version) => {
      const row = await call(endpoints.updateBudgetTable, {
        params: { id: table.id },
        body: { ...value, version: version! },
      });
      return { value: { title: row.title, layout: row.layout }, version: row.version };
    },
    fromCurrent: (row: Answer<'updateBudgetTable'>) => ({
      value: { title: row.title, layout: row.layout },
      version: row.version,
    }),
    onSaved: onChanged,
  });
  const [local, setLocal] = useState(new Map<string, BudgetLine>());
  const onLocal = useCallback(
    (id: string, line: BudgetLine) => setLocal((m) => new Map(m).set(id, line)),
    [],
  );
  const lines = table.rows.map((r) => local.get(r.id) ?? { ...r, outcome: null });
  const summary = summariseBudget(lines);
  const layout = draft.value.layout;
  const withForecast = layout === 'per_activity';
  const rows =
    layout === 'category'
      ? [...table.rows].sort((a, b) => (a.groupKind === b.groupKind ? 0 : a.groupKind === 'revenue' ? -1 : 1))
      : table.rows;
  const name = draft.value.title || 'Budgettabell';
  const remove = useAction();
  const unit = table.amountUnit || 'tkr';
  return (
    <section id={`budgettabell-${table.id}`} className="budget-table" aria-labelledby={`bt-${table.id}`}>
      <div className="item-head">
        <h4 id={`bt-${table.id}`}>{name}</h4>
        <SaveStatus state={draft.state} message={draft.message} />
      </div>
      <div className="form-grid">
        <TextField
          label="Tabellens rubrik (verksamhet)"
          limit={LIMITS.name}
          value={draft.value.title}
          onChange={(title) => draft.update({ title })}
        />
        <div className="field">
          <label className="field-label" htmlFor={`layout-${table.id}`}>
            Uppställning
          </label>
          <select
            id={`layout-${table.id}`}
            value={layout}
            onChange={(e) => draft.update({ layout: e.target.value as Layout })}
          >
            {Object.entries(LAYOUT_LABEL).map(([k, label]) => (
              <option key={k} value={k}>
                {label}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TableScroll label={`Budget: ${name}`}>
        <table className="data-table budget">
          <caption className="visually-hidden">
            {name}, belopp i {unit}
          </caption>
          <thead>
            <tr>
              <th scope="col">Post</th>
              <th scope="col">Grupp</th>
              <th scope="col" className="num">
                {withForecast ? 'Budget VP' : 'Budget'} ({unit})
              </th>
              {withForecast && (
                <>
                  <th scope="col" className="num">
                    Prognos ({unit})
                  </th>
                  <th scope="col" className="num">
                    Avvikelse
                  </th>
                </>
              )}
              <th scope="col">
                <span className="visually-hidden">Åtgärder</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row, i) => (
              <GroupedRow
                key={row.id}
                heading={
                  layout === 'category' && row.groupKind !== rows[i - 1]?.groupKind
                    ? row.groupKind
                    : undefined
                }
                columns={withForecast ? 6 : 4}
              >
                <BudgetRowEditor
                  row={row}
                  withForecast={withForecast}
                  onLocal={onLocal}
                  onChanged={onChanged}
                />
              </GroupedRow>
            ))}
          </tbody>
          <tfoot>
            <SumRow
              label="Summa intäkter"
              budget={summary.budget.revenue}
              forecast={summary.forecast?.revenue}
              withForecast={withForecast}
            />
            <SumRow
              label="Summa kostnader"
              budget={summary.budget.cost}
              forecast={summary.forecast?.cost}
              withForecast={withForecast}
            />
            <SumRow
              label={
                table.signConvention === 'cost_negative'
                  ? `Netto (intäkter − kostnader, ${unit})`
                  : `Netto (kostnader − intäkter, ${unit})`
              }
              budget={signedNet(summary.budget, table.signConvention)}
              forecast={summary.forecast ? signedNet(summary.forecast, table.signConvention) : undefined}
              deviation={summary.deviation}
              withForecast={withForecast}
              strong
            />
          </tfoot>
        </table>
      </TableScroll>
      <p className="field-hint">
        Belopp anges positiva; gruppen avgör om raden är intäkt eller kostnad. Avvikelse = prognosens netto −
        budgetens netto (positiv är bättre än budget).
      </p>
      <AddRowForm tableId={table.id} tableName={name} onAdded={onChanged} />
      <div className="button-row end">
        <button
          type="button"
          className="button small danger"
          disabled={remove.pending}
          onClick={() => {
            if (!window.confirm(`Ta bort budgettabellen ”${name}” med alla rader?`)) return;
            void remove.run(async () => {
              await call(endpoints.deleteBudgetTable, {
                params: { id: table.id },
                query: { version: draft.baseVersion() ?? table.version },
              }).catch(reloadOnConflict(onChanged));
              removeDraft(`budget-table:${table.id}`);
              onChanged();
            });
          }}
        >
          Ta bort budgettabellen
        </button>
        {remove.error && <span className="field-error">{remove.error}</span>}
      </div>
    </section>
  );
}
