import { useTranslation } from 'react-i18next';
import type { FollowUpTree, ReportGoal, ReportIndicator } from '../../../shared/schemas/follow-up-views.ts';
import { goalHeading } from '../../lib/format.ts';
import { Lockable } from '../form-lock.tsx';
import { ActivityStatusEditor } from './activity-status-editor.tsx';
import { AssessmentEditor } from './assessment-editor.tsx';
import { BelowTable } from './below-table.tsx';
import { OutcomeEditor } from './outcome-editor.tsx';
import { RollupIndicator } from './rollup-indicator.tsx';

const UNIT_KINDS: ReadonlySet<string> = new Set(['unit', 'department', 'team']);

interface Props {
  tree: FollowUpTree;
  goal: ReportGoal;
  depth: number;
  /** Goals the report must assess (its own, and any the completeness check asks for). */
  assess: ReadonlySet<string>;
  onSaved: () => void;
}

/** One goal of the report and the goals beneath it, in document order. */
export function GoalSection({ tree, goal, depth, assess, onSaved }: Props) {
  const { t } = useTranslation('follow-up');
  if (!goal.shown) return null;
  const H = `h${Math.min(6, depth + 2)}` as 'h2';
  const headingId = `fu-mal-${goal.id}`;
  const scope = {
    reportId: tree.report.id,
    organisationId: tree.organisation.id,
    year: tree.report.year,
    period: tree.report.period,
  };
  const due = goal.indicators.filter((i) => i.due);
  // A board's or the city's value of a consolidated indicator is computed from the units', never typed.
  const typed = (i: ReportIndicator) =>
    UNIT_KINDS.has(tree.organisation.kind) || (goal.own && i.consolidation === 'none');
  return (
    <section className={`fu-goal fu-level-${goal.level}`} id={`mal-${goal.id}`} aria-labelledby={headingId}>
      <H id={headingId} className="fu-goal-h">
        {goalHeading(goal)}
      </H>
      {assess.has(goal.id) ? (
        <Lockable>
          <AssessmentEditor reportId={tree.report.id} goal={goal} onSaved={onSaved} />
        </Lockable>
      ) : (
        goal.assessment && (
          <p>
            <strong>{t('goal.assessmentLegend')}:</strong> {t(`assessment.${goal.assessment.assessment}`)}
          </p>
        )
      )}
      <BelowTable goal={goal} year={tree.report.year} period={tree.report.period} />
      {due.length > 0 && (
        <div className="fu-block">
          <p className="fu-block-h">{t('goal.indicators')}</p>
          {due.map((indicator) =>
            typed(indicator) ? (
              <Lockable key={indicator.placementId}>
                <OutcomeEditor scope={scope} indicator={indicator} onSaved={onSaved} />
              </Lockable>
            ) : (
              <RollupIndicator key={indicator.placementId} scope={scope} indicator={indicator} />
            ),
          )}
        </div>
      )}
      {goal.activities.length > 0 && (
        <div className="fu-block">
          <p className="fu-block-h">{t('goal.activities')}</p>
          <Lockable>
            <ul className="fu-activities">
              {goal.activities.map((a) => (
                <ActivityStatusEditor key={a.id} reportId={tree.report.id} activity={a} onSaved={onSaved} />
              ))}
            </ul>
          </Lockable>
        </div>
      )}
      {goal.children.map((child) => (
        <GoalSection
          key={child.id}
          tree={tree}
          goal={child}
          depth={depth + 1}
          assess={assess}
          onSaved={onSaved}
        />
      ))}
    </section>
  );
}
