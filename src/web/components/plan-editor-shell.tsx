import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';
import { usePlanTree } from '../api/queries.ts';
import { useHashFocus } from '../hooks/use-hash-focus.ts';
import { usePlanDraft } from '../hooks/use-plan-draft.ts';
import { usePreviewToggle } from '../hooks/use-preview-toggle.ts';
import { useTreeRefresh } from '../hooks/use-refresh.ts';
import { BudgetSection } from './budget-section.tsx';
import { CompletenessPanel } from './completeness-panel.tsx';
import { DecidedDocuments } from './decided-documents.tsx';
import { EditorHeader } from './editor-header.tsx';
import { PlanComments } from './plan-comments.tsx';
import { PlanMetadataForm } from './plan-metadata-form.tsx';
import { PlanPreview } from './plan-preview.tsx';
import { SectionList } from './section-list.tsx';
import { UnplacedSections } from './unplaced-sections.tsx';
import { WorkflowPanel } from './workflow-panel.tsx';

interface Props {
  planId: string;
  crumbs: ReactNode;
  /** The goal part of the document, which differs between a board's and a unit's plan. */
  goals: (tree: PlanTree, refresh: () => void) => ReactNode;
}

/** A plan in document order – letterhead, Inledning, goals, economy, Övrigt – with completeness and preview. */
export function PlanEditorShell({ planId, crumbs, goals }: Props) {
  const { t } = useTranslation('plan');
  const tree = usePlanTree(planId);
  if (tree.isError)
    return <p className="field-error">{t('editor.readFailed', { message: tree.error.message })}</p>;
  if (!tree.data) return <p className="loading">{t('editor.loading')}</p>;
  return <Editor tree={tree.data} crumbs={crumbs} goals={goals} />;
}

function Editor({ tree, crumbs, goals }: { tree: PlanTree; crumbs: ReactNode; goals: Props['goals'] }) {
  const { t } = useTranslation(['rights', 'plan']);
  const mayWrite = tree.can[tree.plan.kind === 'plan' ? 'plan.write' : 'followup.write'];
  const refresh = useTreeRefresh(tree.plan.id);
  const planDraft = usePlanDraft(tree, refresh);
  const [preview, togglePreview] = usePreviewToggle();
  useHashFocus(true);
  return (
    <div className="page editor-page">
      {crumbs}
      <EditorHeader
        tree={tree}
        heading={t('plan:editor.heading', { year: tree.plan.year })}
        preview={preview}
        onTogglePreview={togglePreview}
      />
      <WorkflowPanel planId={tree.plan.id} />
      {!mayWrite && (
        <p className="workflow-locked">{t('readOnly', { organisation: tree.organisation.name })}</p>
      )}
      <DecidedDocuments planId={tree.plan.id} />
      <CompletenessPanel tree={tree} />
      <div className={`editor-grid ${preview ? 'with-preview' : ''}`}>
        <div className="editor-doc">
          {/* Locked drafts and other people's plans are refused by the services; the disabled fieldset says so in the form too. */}
          <fieldset className="editor-lock" disabled={tree.plan.status !== 'draft' || !mayWrite}>
            <PlanMetadataForm draft={planDraft} />
            <UnplacedSections tree={tree} onChanged={refresh} />
            <SectionList tree={tree} part="intro" title={t('plan:editor.intro')} onChanged={refresh} />
            {goals(tree, refresh)}
            <BudgetSection tree={tree} planDraft={planDraft} onChanged={refresh} />
            <SectionList tree={tree} part="other" title={t('plan:editor.other')} onChanged={refresh} />
          </fieldset>
        </div>
        {preview && (
          <aside className="preview-pane" aria-labelledby="forhandsrubrik">
            <h2 id="forhandsrubrik" className="preview-h">
              {t('plan:editor.preview')}
            </h2>
            <PlanPreview tree={tree} />
          </aside>
        )}
      </div>
      <PlanComments tree={tree} />
    </div>
  );
}
