import { Link } from 'react-router-dom';
import type { OrganisationRecord as Organisation } from '../../shared/schemas/organisation.ts';
import { PLAN_STATUS_LABEL } from '../../shared/vocabulary.ts';
import { usePlans, usePlanTree } from '../api/queries.ts';
import { paths } from '../lib/paths.ts';
import { CompletenessList } from './completeness-panel.tsx';

/** The start page's first card: the user's own organisation, its plan's status and what is missing. */
export function MyPlanCard({ org, year }: { org: Organisation; year: number }) {
  const plans = usePlans(year, org.id);
  const plan = plans.data?.[0];
  const tree = usePlanTree(plan?.id);
  return (
    <section className="card my-plan" aria-labelledby="min-plan">
      <h2 id="min-plan">
        {org.name}: verksamhetsplan {year}
      </h2>
      {plans.data && !plan && (
        <p>
          Planen är inte påbörjad. <Link to={paths.org(year, org.id)}>Skapa verksamhetsplanen</Link>.
        </p>
      )}
      {plan && (
        <>
          <p>
            Status: <span className={`status status-${plan.status}`}>{PLAN_STATUS_LABEL[plan.status]}</span>
          </p>
          {tree.data && <CompletenessList tree={tree.data} linkBase={paths.plan(year, org.id)} />}
          <Link className="button primary" to={paths.plan(year, org.id)}>
            Fortsätt skriva verksamhetsplanen
          </Link>
        </>
      )}
    </section>
  );
}
