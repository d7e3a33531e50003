import type { ReactNode } from 'react';
import { useOrganisations, usePlanTree } from '../api/queries.ts';
import type { PlanTree } from '../api/types.ts';
import { BoardGoalChain } from '../components/board-goal-chain.tsx';
import { BudgetSection } from '../components/budget-section.tsx';
import { CompletenessPanel } from '../components/completeness-panel.tsx';
import { EditorHeader } from '../components/editor-header.tsx';
import { PlanMetadataForm } from '../components/plan-metadata-form.tsx';
import { PlanPreview } from '../components/plan-preview.tsx';
import { SectionList } from '../components/section-list.tsx';
import { useHashFocus } from '../hooks/use-hash-focus.ts';
import { usePlanDraft } from '../hooks/use-plan-draft.ts';
import { usePreviewToggle } from '../hooks/use-preview-toggle.ts';
import { useTreeRefresh } from '../hooks/use-refresh.ts';

/** The board plan: board goals under KF's area goals, indicators and targets per unit, assigned activities. */
export function BoardPlanEditor({ planId, crumbs }: { planId: string; crumbs: ReactNode }) {
  const tree = usePlanTree(planId);
  if (tree.isError) return <p className="field-error">Planen kunde inte läsas: {tree.error.message}</p>;
  if (!tree.data) return <p className="loading">Läser in planen …</p>;
  return <Editor tree={tree.data} crumbs={crumbs} />;
}

function Editor({ tree, crumbs }: { tree: PlanTree; crumbs: ReactNode }) {
  const refresh = useTreeRefresh(tree.plan.id);
  const planDraft = usePlanDraft(tree, refresh);
  const orgs = useOrganisations(tree.plan.year);
  const units = (orgs.data ?? []).filter((o) => o.parentId === tree.organisation.id);
  const [preview, togglePreview] = usePreviewToggle();
  useHashFocus(true);
  return (
    <div className="page editor-page">
      {crumbs}
      <EditorHeader
        tree={tree}
        heading={`Verksamhetsplan ${tree.plan.year}`}
        preview={preview}
        onTogglePreview={togglePreview}
      />
      <CompletenessPanel tree={tree} />
      <div className={`editor-grid ${preview ? 'with-preview' : ''}`}>
        <div className="editor-doc">
          <PlanMetadataForm draft={planDraft} />
          <SectionList tree={tree} part="intro" title="Inledning" onChanged={refresh} />
          <BoardGoalChain tree={tree} units={units} onChanged={refresh} />
          <BudgetSection tree={tree} planDraft={planDraft} onChanged={refresh} />
          <SectionList tree={tree} part="other" title="Övrigt" onChanged={refresh} />
        </div>
        {preview && (
          <aside className="preview-pane" aria-labelledby="forhandsrubrik">
            <h2 id="forhandsrubrik" className="preview-h">
              Förhandsgranskning
            </h2>
            <PlanPreview tree={tree} />
          </aside>
        )}
      </div>
    </div>
  );
}
