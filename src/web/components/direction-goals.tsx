import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { anchors } from '../../domain/completeness.ts';
import type { PlanTree, TreeGoal } from '../../shared/schemas/plan-tree.ts';
import { goalHeading } from '../lib/format.ts';

interface Props {
  tree: PlanTree;
  /** Guidance and messages shown under the "Mål" heading. */
  intro: ReactNode;
  /** One KF area goal with what the plan writes beneath it. */
  renderArea: (area: TreeGoal) => ReactNode;
}

/** The "Mål" part of a plan: KF's direction goals read-only, each with its area goals rendered by the caller. */
export function DirectionGoals({ tree, intro, renderArea }: Props) {
  const { t } = useTranslation('plan-goals');
  return (
    <section className="doc-part card" aria-labelledby="mal-rubrik" id="mal">
      <h2 id="mal-rubrik">{t('goal.heading')}</h2>
      {intro}
      {tree.goals.map((direction) => (
        <section
          key={direction.id}
          className="direction-goal"
          aria-labelledby={`${anchors.goal(direction.id)}-h`}
        >
          <h3 id={`${anchors.goal(direction.id)}-h`} className="goal-title">
            {goalHeading(direction)}
          </h3>
          {direction.children.map(renderArea)}
        </section>
      ))}
    </section>
  );
}
