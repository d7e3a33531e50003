import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import type { PlanTree, TreeGoal } from '../../shared/schemas/plan-tree.ts';
import type { Visibility } from '../hooks/use-visibility.ts';
import { focusLater } from '../lib/focus.ts';
import { goalHeading } from '../lib/format.ts';
import { ActivityTable } from './activity-table.tsx';
import { AddGoalForm } from './add-goal-form.tsx';
import { HiddenIndicators } from './hidden-indicators.tsx';
import { IndicatorTable } from './indicator-table.tsx';
import { Prose } from './prose.tsx';
import { UnitGoalEditor } from './unit-goal-editor.tsx';

interface Props {
  tree: PlanTree;
  goal: TreeGoal;
  visibility: Visibility;
  onChanged: () => void;
}

/** A board goal in a unit plan: read from its single source, with the unit's own goals beneath. */
export function InheritedBoardGoal({ tree, goal, visibility, onChanged }: Props) {
  const { t } = useTranslation(['plan-goals', 'vocabulary']);
  const headingId = `${anchors.goal(goal.id)}-h`;
  const unitGoals = goal.children.filter((c) => c.level === 'unit');
  const forced = unitGoals.length > 0 || goal.activities.length > 0;
  const shown = forced || visibility.goalShown(goal);
  return (
    <section
      id={anchors.goal(goal.id)}
      className={`board-goal ${shown ? '' : 'is-hidden'}`}
      aria-labelledby={headingId}
    >
      <div className="item-head">
        <h5 id={headingId} className="goal-title">
          {goalHeading(goal)}
        </h5>
        <span className="badge badge-source">{t('inherited.fromBoard')}</span>
      </div>
      <label className="check">
        <input
          type="checkbox"
          checked={shown}
          disabled={forced}
          aria-describedby={forced ? `${headingId}-forced` : undefined}
          onChange={(e) => void visibility.toggleGoal(goal.id, e.target.checked)}
        />
        <span>{t('inherited.show')}</span>
      </label>
      {forced && (
        <span className="field-hint" id={`${headingId}-forced`}>
          {t('inherited.forced')}
        </span>
      )}
      {shown && (
        <>
          <Prose label={t('vocabulary:goalTextField.description')} markdown={goal.description} />
          <Prose label={t('vocabulary:goalTextField.expectedResults')} markdown={goal.expectedResults} />
          <IndicatorTable
            caption={t('inherited.boardIndicators')}
            context={goal.title}
            indicators={goal.indicators}
            organisationId={tree.organisation.id}
            year={tree.plan.year}
            visibility={visibility}
            onSaved={onChanged}
          />
          <HiddenIndicators
            planId={tree.plan.id}
            goal={goal}
            context={goal.title}
            organisationId={tree.organisation.id}
            year={tree.plan.year}
            visibility={visibility}
            onSaved={onChanged}
          />
          <ActivityTable
            caption={t('inherited.boardActivities')}
            context={goal.title}
            activities={goal.activities.filter((a) => !a.own)}
          />
          {unitGoals.map((child) => (
            <UnitGoalEditor
              key={child.id}
              goal={child}
              year={tree.plan.year}
              organisationId={tree.organisation.id}
              onChanged={onChanged}
            />
          ))}
          <AddGoalForm
            id={anchors.addUnitGoal(goal.id)}
            level="unit"
            noun={t('goal.nounUnit')}
            year={tree.plan.year}
            organisationId={tree.organisation.id}
            parentId={goal.id}
            onAdded={(created) => {
              onChanged();
              focusLater(anchors.goalField(created.id, 'title'));
            }}
          />
        </>
      )}
    </section>
  );
}
