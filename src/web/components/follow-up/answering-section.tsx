import { useTranslation } from 'react-i18next';
import type { FollowUpTree, ReportGoal } from '../../../shared/schemas/follow-up-views.ts';
import { goalHeading } from '../../lib/format.ts';
import { BelowTable } from './below-table.tsx';

/** On the review page: per own goal of the board (or the city), how each unit (board) below answered it. */
export function AnsweringSection({ tree }: { tree: FollowUpTree }) {
  const { t } = useTranslation('follow-up');
  const goals: ReportGoal[] = [];
  const visit = (g: ReportGoal) => {
    if (g.shown && g.own && g.below.length > 0) goals.push(g);
    g.children.forEach(visit);
  };
  tree.goals.forEach(visit);
  if (goals.length === 0) return null;
  return (
    <section className="card" aria-labelledby="fu-answering">
      <h2 id="fu-answering">{t('review.answering')}</h2>
      <p className="muted">{t('review.answeringLead')}</p>
      {goals.map((g) => (
        <div key={g.id} className="fu-block">
          <h3>{goalHeading(g)}</h3>
          <BelowTable goal={g} year={tree.report.year} period={tree.report.period} />
        </div>
      ))}
    </section>
  );
}
