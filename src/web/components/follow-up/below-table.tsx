import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { ReportGoal } from '../../../shared/schemas/follow-up-views.ts';
import { paths } from '../../lib/paths.ts';

/**
 * How the organisations below assessed a goal, side by side: their judgement of the goal itself and,
 * grouped under it, their own goals that answer it (a unit's goals under a board goal, a board's under KF's).
 */
export function BelowTable({ goal, year, period }: { goal: ReportGoal; year: number; period: string }) {
  const { t } = useTranslation('follow-up');
  if (goal.below.length === 0) return null;
  const badge = (a: string | null) => (
    <span className={`assess assess-${a ?? 'none'}`}>{t(`assessment.${a ?? 'none'}`)}</span>
  );
  return (
    <table className="data-table compact fu-below">
      <caption>{t('goal.belowCaption', { goal: goal.title })}</caption>
      <thead>
        <tr>
          <th scope="col">{t('goal.organisation')}</th>
          <th scope="col">{t('goal.assessmentLegend')}</th>
          <th scope="col">{t('goal.answering')}</th>
        </tr>
      </thead>
      <tbody>
        {goal.below.map((b) => (
          <tr key={b.organisationId}>
            <th scope="row">
              <Link to={`${paths.followUp(year, b.organisationId, period)}#mal-${goal.id}`}>{b.name}</Link>
            </th>
            <td>{badge(b.assessment)}</td>
            <td>
              {b.goals.length === 0 ? (
                <span className="muted">{t('goal.noAnswering')}</span>
              ) : (
                <ul className="fu-answering">
                  {b.goals.map((g) => (
                    <li key={g.id}>
                      <Link to={`${paths.followUp(year, b.organisationId, period)}#mal-${g.id}`}>
                        {g.number ? `${g.number} ` : ''}
                        {g.title}
                      </Link>
                      : {badge(g.assessment)}
                    </li>
                  ))}
                </ul>
              )}
            </td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
