import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { TreeGoal } from '../../shared/schemas/plan-tree.ts';
import { call, reloadOnConflict } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { removeDraft } from '../lib/drafts.ts';
import { ActivityEditor } from './activity-editor.tsx';
import { AddActivityForm } from './add-activity-form.tsx';
import { GoalFieldsEditor, useGoalDraft } from './goal-fields-editor.tsx';
import { IndicatorTable } from './indicator-table.tsx';
import { SaveStatus } from './save-status.tsx';

interface Props {
  goal: TreeGoal;
  year: number;
  organisationId: string;
  onChanged: () => void;
}

/** The heart of the unit plan: a unit goal with every field, its indicators and activities. */
export function UnitGoalEditor({ goal, year, organisationId, onChanged }: Props) {
  const { t } = useTranslation(['plan-goals', 'vocabulary']);
  const draft = useGoalDraft(goal, onChanged);
  const remove = useAction();
  const headingId = `${anchors.goal(goal.id)}-h`;
  const title = draft.value.title || t('unitGoal.new');
  return (
    <section id={anchors.goal(goal.id)} className="unit-goal" aria-labelledby={headingId}>
      <div className="item-head">
        <h6 id={headingId} className="goal-title">
          <span className="level-label">{t('vocabulary:goalLevel.unit')}:</span> {title}
        </h6>
        <SaveStatus state={draft.state} message={draft.message} />
      </div>
      <GoalFieldsEditor
        goalId={goal.id}
        draft={draft}
        fields={['title', 'expectedResults', 'waysOfWorking', 'resources', 'followUp', 'development']}
      />
      <IndicatorTable
        caption={t('unitGoal.indicators')}
        context={title}
        indicators={goal.indicators}
        organisationId={organisationId}
        year={year}
        onSaved={onChanged}
      />
      <div className="activities">
        <h6 className="sub-h">{t('unitGoal.activities')}</h6>
        {goal.activities.length === 0 && <p className="muted">{t('unitGoal.noActivities')}</p>}
        <ul className="plain-list">
          {goal.activities.map((a) => (
            <ActivityEditor key={a.id} activity={a} year={year} onChanged={onChanged} />
          ))}
        </ul>
        <AddActivityForm
          year={year}
          ownerOrganisationId={organisationId}
          goalId={goal.id}
          onAdded={onChanged}
        />
      </div>
      <div className="button-row end">
        <button
          type="button"
          className="button small danger"
          disabled={remove.pending}
          onClick={() => {
            if (!window.confirm(t('unitGoal.confirmRemove', { title }))) return;
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
          {t('unitGoal.remove')}
        </button>
        {remove.error && <span className="field-error">{remove.error}</span>}
      </div>
    </section>
  );
}
