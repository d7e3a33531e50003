import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OrganisationRecord as Organisation } from '../../shared/schemas/organisation.ts';

import { usePlans, usePlanTree } from '../api/queries.ts';
import { paths } from '../lib/paths.ts';
import { CompletenessList } from './completeness-panel.tsx';

/** The start page's first card: the user's own organisation, its plan's status and what is missing. */
export function MyPlanCard({ org, year }: { org: Organisation; year: number }) {
  const { t } = useTranslation(['start', 'vocabulary']);
  const plans = usePlans(year, org.id);
  const plan = plans.data?.[0];
  const tree = usePlanTree(plan?.id);
  return (
    <section className="card my-plan" aria-labelledby="min-plan">
      <h2 id="min-plan">{t('myPlan.heading', { name: org.name, year })}</h2>
      {plans.data && !plan && (
        <p>
          {t('myPlan.notStarted')} <Link to={paths.org(year, org.id)}>{t('myPlan.create')}</Link>.
        </p>
      )}
      {plan && (
        <>
          <p>
            {t('myPlan.status')}{' '}
            <span className={`status status-${plan.status}`}>
              {t(`vocabulary:planStatus.${plan.status}`)}
            </span>
          </p>
          {tree.data && <CompletenessList tree={tree.data} linkBase={paths.plan(year, org.id)} />}
          <Link className="button primary" to={paths.plan(year, org.id)}>
            {t('myPlan.continue')}
          </Link>
        </>
      )}
    </section>
  );
}
