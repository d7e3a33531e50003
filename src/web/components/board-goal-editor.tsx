import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { OrganisationRecord as Organisation } from '../../shared/schemas/organisation.ts';
import type { PlanTree, TreeGoal } from '../../shared/schemas/plan-tree.ts';
import { call, reloadOnConflict } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { removeDraft } from '../lib/drafts.ts';
import { ActivityEditor } from './activity-editor.tsx';
import { AddActivityForm } from './add-activity-form.tsx';
import { AddIndicatorForm } from './add-indicator-form.tsx';
import { GoalFieldsEditor, useGoalDraft } from './goal-fields-editor.tsx';
import { SaveStatus } from './save-status.tsx';
import { UnitTargetsTable } from './unit-targets-table.tsx';

interface Props {
  tree: PlanTree;
  goal: TreeGoal;
  units: Organisation[];
  controls: ReactNode;
  onChanged: () => void;
}

/** A board goal in the board's own plan: texts, indicators with targets per unit, activities assigned to units. */
export function BoardGoalEditor({ tree, goal, units, controls, onChanged }: Props) {
  const { t } = useTranslation(['plan-goals', 'vocabulary']);
  const draft = useGoalDraft(goal, onChanged);
  const remove = useAction();
  const headingId = `${anchors.goal(goal.id)}-h`;
  const title = draft.value.title || t('boardGoal.new');
  const board = tree.organisation as Organisation;
  return (
    <section id={anchors.goal(goal.id)} className="unit-goal" aria-labelledby={headingId}>
      <div className="item-head">
        <h5 id={headingId} className="goal-title">
          <span className="level-label">{t('vocabulary:goalLevel.board')}:</span>{' '}
          {draft.value.number ? `${draft.value.number} ` : ''}
          {title}
        </h5>
        <SaveStatus state={draft.state} message={draft.message} />
      </div>
      <div className="button-row">{controls}</div>
      <GoalFieldsEditor
        goalId={goal.id}
        draft={draft}
        fields={['number', 'title', 'description', 'expectedResults']}
      />
      <h6 className="sub-h">{t('boardGoal.indicators')}</h6>
      {goal.indicators.map((ind) => (
        <UnitTargetsTable
          key={ind.placementId}
          indicator={ind}
          year={tree.plan.year}
          board={board}
          units={units}
          onSaved={onChanged}
        />
      ))}
      <AddIndicatorForm goalId={goal.id} ownerOrganisationId={board.id} onAdded={onChanged} />
      <h6 className="sub-h">{t('boardGoal.activities')}</h6>
      <ul className="plain-list">
        {goal.activities
          .filter((a) => a.own)
          .map((a) => (
            <ActivityEditor
              key={a.id}
              activity={a}
              year={tree.plan.year}
              onChanged={onChanged}
              units={units}
            />
          ))}
      </ul>
      <AddActivityForm
        year={tree.plan.year}
        ownerOrganisationId={board.id}
        goalId={goal.id}
        onAdded={onChanged}
      />
      <div className="button-row end">
        <button
          type="button"
          className="button small danger"
          disabled={remove.pending}
          onClick={() => {
            if (!window.confirm(t('boardGoal.confirmRemove', { title }))) return;
            void remove.run(async () => {
              await call(endpoints.deleteGoal, {
                params: { id: goal.id },
                query: { version: draft.baseVersion() ?? goal.version },
              }).catch(reloadOnConflict(onChanged));
              removeDraft(`goal:${goal.id}`);
              onChanged();
            });
          }}
        >
          {t('boardGoal.remove')}
        </button>
        {remove.error && <span className="field-error">{remove.error}</span>}
      </div>
    </section>
  );
}
