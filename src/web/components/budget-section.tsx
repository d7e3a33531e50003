import { useState } from 'react';
import { anchors } from '../../domain/completeness.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';
import { call } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import type { PlanDraft } from '../hooks/use-plan-draft.ts';
import { RichTextEditor } from '../rich-text/rich-text-editor.tsx';
import { BudgetTableEditor, LAYOUT_LABEL } from './budget-table-editor.tsx';

/** Redovisning av ekonomi: Resursanvändning, Budget {year} with text and tables. */
export function BudgetSection({
  tree,
  planDraft,
  onChanged,
}: {
  tree: PlanTree;
  planDraft: PlanDraft;
  onChanged: () => void;
}) {
  const year = tree.plan.year;
  const [layout, setLayout] = useState<keyof typeof LAYOUT_LABEL>('simple');
  const add = useAction();
  return (
    <section className="doc-part card" aria-labelledby="ekonomi-rubrik" id="ekonomi">
      <h2 id="ekonomi-rubrik">Redovisning av ekonomi</h2>
      <RichTextEditor
        id={anchors.planField('economyText')}
        label="Resursanvändning"
        hint="Hur enheten använder sina resurser och följer upp ekonomin."
        value={planDraft.value.economyText}
        onChange={(economyText) => planDraft.update({ economyText })}
        error={planDraft.fieldErrors.economyText}
      />
      <section id={anchors.budget} aria-labelledby="budget-rubrik" tabIndex={-1}>
        <h3 id="budget-rubrik">Budget {year}</h3>
        <RichTextEditor
          id={anchors.planField('budgetText')}
          label={`Text om budget ${year}`}
          hint="Budgetens omfång, förutsättningar och hur den följs upp."
          value={planDraft.value.budgetText}
          onChange={(budgetText) => planDraft.update({ budgetText })}
          error={planDraft.fieldErrors.budgetText}
        />
        {tree.budgetTables.map((table) => (
          <BudgetTableEditor key={table.id} table={table} onChanged={onChanged} />
        ))}
        <form
          className="add-box inline-form"
          aria-label="Ny budgettabell"
          onSubmit={(e) => {
            e.preventDefault();
            void add.run(async () => {
              await call(endpoints.createBudgetTable, {
                params: { id: tree.plan.id },
                body: { title: tree.organisation.name, layout, amountUnit: 'tkr' },
              });
              onChanged();
            });
          }}
        >
          <div className="field grow">
            <label className="field-label" htmlFor="ny-uppstallning">
              Uppställning för ny budgettabell
            </label>
            <select
              id="ny-uppstallning"
              value={layout}
              onChange={(e) => setLayout(e.target.value as keyof typeof LAYOUT_LABEL)}
            >
              {Object.entries(LAYOUT_LABEL).map(([k, label]) => (
                <option key={k} value={k}>
                  {label}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={add.pending}>
            Lägg till budgettabell
          </button>
          {add.error && <p className="field-error">{add.error}</p>}
        </form>
      </section>
    </section>
  );
}
