import { useCallback, useState } from 'react';
import { useTranslation } from 'react-i18next';
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

export type Layout = TreeBudgetTable['layout'];
export const LAYOUTS: Layout[] = ['category', 'simple', 'per_activity'];

interface Fields {
  title: string;
  layout: Layout;
}

export function BudgetTableEditor({ table, onChanged }: { table: TreeBudgetTable; onChanged: () => void }) {
  const { t } = useTranslation('budget');
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
  const name = draft.value.title || t('table.untitled');
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
          label={t('table.title')}
          limit={LIMITS.name}
          value={draft.value.title}
          onChange={(title) => draft.update({ title })}
        />
        <div className="field">
          <label className="field-label" htmlFor={`layout-${table.id}`}>
            {t('table.layout')}
          </label>
          <select
            id={`layout-${table.id}`}
            value={layout}
            onChange={(e) => draft.update({ layout: e.target.value as Layout })}
          >
            {LAYOUTS.map((k) => (
              <option key={k} value={k}>
                {t(`layout.${k}`)}
              </option>
            ))}
          </select>
        </div>
      </div>
      <TableScroll label={t('table.label', { name })}>
        <table className="data-table budget">
          <caption className="visually-hidden">{t('table.caption', { name, unit })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.item')}</th>
              <th scope="col">{t('table.group')}</th>
              <th scope="col" className="num">
                {withForecast ? t('table.budgetPlan', { unit }) : t('table.budget', { unit })}
              </th>
              {withForecast && (
                <>
                  <th scope="col" className="num">
                    {t('table.forecast', { unit })}
                  </th>
                  <th scope="col" className="num">
                    {t('table.deviation')}
                  </th>
                </>
              )}
              <th scope="col">
                <span className="visually-hidden">{t('table.actions')}</span>
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
              label={t('table.sumRevenue')}
              budget={summary.budget.revenue}
              forecast={summary.forecast?.revenue}
              withForecast={withForecast}
            />
            <SumRow
              label={t('table.sumCost')}
              budget={summary.budget.cost}
              forecast={summary.forecast?.cost}
              withForecast={withForecast}
            />
            <SumRow
              label={
                table.signConvention === 'cost_negative'
                  ? t('table.netRevenueFirst', { unit })
                  : t('table.netCostFirst', { unit })
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
      <p className="field-hint">{t('table.hint')}</p>
      <AddRowForm tableId={table.id} tableName={name} onAdded={onChanged} />
      <div className="button-row end">
        <button
          type="button"
          className="button small danger"
          disabled={remove.pending}
          onClick={() => {
            if (!window.confirm(t('table.confirmRemove', { name }))) return;
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
          {t('table.remove')}
        </button>
        {remove.error && <span className="field-error">{remove.error}</span>}
      </div>
    </section>
  );
}
