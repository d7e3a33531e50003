import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';
import { call } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import type { PlanDraft } from '../hooks/use-plan-draft.ts';
import { RichTextEditor } from '../rich-text/rich-text-editor.tsx';
import { BudgetTableEditor, LAYOUTS, type Layout } from './budget-table-editor.tsx';

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
  const { t } = useTranslation('budget');
  const year = tree.plan.year;
  const [layout, setLayout] = useState<Layout>('simple');
  const add = useAction();
  return (
    <section className="doc-part card" aria-labelledby="ekonomi-rubrik" id="ekonomi">
      <h2 id="ekonomi-rubrik">{t('section.heading')}</h2>
      <RichTextEditor
        id={anchors.planField('economyText')}
        label={t('section.economy')}
        hint={t('section.economyHint')}
        value={planDraft.value.economyText}
        onChange={(economyText) => planDraft.update({ economyText })}
        error={planDraft.fieldErrors.economyText}
      />
      <section id={anchors.budget} aria-labelledby="budget-rubrik" tabIndex={-1}>
        <h3 id="budget-rubrik">{t('section.budget', { year })}</h3>
        <RichTextEditor
          id={anchors.planField('budgetText')}
          label={t('section.budgetText', { year })}
          hint={t('section.budgetHint')}
          value={planDraft.value.budgetText}
          onChange={(budgetText) => planDraft.update({ budgetText })}
          error={planDraft.fieldErrors.budgetText}
        />
        {tree.budgetTables.map((table) => (
          <BudgetTableEditor key={table.id} table={table} onChanged={onChanged} />
        ))}
        <form
          className="add-box inline-form"
          aria-label={t('section.newTable')}
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
              {t('section.newLayout')}
            </label>
            <select id="ny-uppstallning" value={layout} onChange={(e) => setLayout(e.target.value as Layout)}>
              {LAYOUTS.map((k) => (
                <option key={k} value={k}>
                  {t(`layout.${k}`)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button" disabled={add.pending}>
            {t('section.addTable')}
          </button>
          {add.error && <p className="field-error">{add.error}</p>}
        </form>
      </section>
    </section>
  );
}
