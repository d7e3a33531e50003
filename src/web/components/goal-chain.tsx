import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import type { PlanTree, TreeGoal } from '../../shared/schemas/plan-tree.ts';
import type { Visibility } from '../hooks/use-visibility.ts';
import { goalHeading } from '../lib/format.ts';
import { DirectionGoals } from './direction-goals.tsx';
import { HiddenIndicators } from './hidden-indicators.tsx';
import { IndicatorTable } from './indicator-table.tsx';
import { InheritedBoardGoal } from './inherited-goal.tsx';

interface Props {
  tree: PlanTree;
  visibility: Visibility;
  onChanged: () => void;
}

/** KF's goals → the board's goals → the unit's goals, in document order. */
export function GoalChain({ tree, visibility, onChanged }: Props) {
  const { t } = useTranslation('plan-goals');
  return (
    <DirectionGoals
      tree={tree}
      intro={
        <>
          <p className="muted">{t('chain.unitIntro')}</p>
          {visibility.error && (
            <p className="field-error" role="alert">
              {visibility.error}
            </p>
          )}
        </>
      }
      renderArea={(area) => (
        <AreaGoal key={area.id} tree={tree} area={area} visibility={visibility} onChanged={onChanged} />
      )}
    />
  );
}

function AreaGoal({
  tree,
  area,
  visibility,
  onChanged,
}: {
  tree: PlanTree;
  area: TreeGoal;
  visibility: Visibility;
  onChanged: () => void;
}) {
  const { t } = useTranslation('plan-goals');
  const boardGoals = area.children.filter((c) => c.level === 'board');
  const headingId = `${anchors.goal(area.id)}-h`;
  // An area goal the plan does not use folds away, so the unit sees its own part of the chain first.
  const quiet =
    boardGoals.length === 0 &&
    !area.shown &&
    !area.indicators.some((i) => visibility.placementShown(i.placementId, i.shown));
  const table = (
    <IndicatorTable
      caption={t('chain.cityIndicators')}
      context={`${area.number ?? ''} ${area.title}`}
      indicators={area.indicators}
      organisationId={tree.organisation.id}
      year={tree.plan.year}
      visibility={visibility}
      onSaved={onChanged}
    />
  );
  return (
    <section id={anchors.goal(area.id)} className="area-goal" aria-labelledby={headingId}>
      <h4 id={headingId} className="goal-title">
        {goalHeading(area)}
      </h4>
      {boardGoals.length === 0 && <p className="muted small">{t('chain.noBoardGoals')}</p>}
      {quiet
        ? area.indicators.length > 0 && (
            <details className="quiet">
              <summary>{t('chain.cityIndicatorsUnder', { count: area.indicators.length })}</summary>
              {table}
            </details>
          )
        : table}
      <HiddenIndicators
        planId={tree.plan.id}
        goal={area}
        context={`${area.number ?? ''} ${area.title}`}
        organisationId={tree.organisation.id}
        year={tree.plan.year}
        visibility={visibility}
        onSaved={onChanged}
      />
      {boardGoals.map((goal) => (
        <InheritedBoardGoal
          key={goal.id}
          tree={tree}
          goal={goal}
          visibility={visibility}
          onChanged={onChanged}
        />
      ))}
    </section>
  );
}
