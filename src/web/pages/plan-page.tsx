import { Link } from 'react-router-dom';
import { usePlans } from '../api/queries.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useOrgContext } from '../hooks/use-org-context.ts';
import { paths } from '../lib/paths.ts';
import { BoardPlanEditor } from './board-plan-editor.tsx';
import { FrameworkEditor } from './framework-editor.tsx';
import { UnitPlanEditor } from './unit-plan-editor.tsx';

/** One URL per organisation's plan; the kind of organisation decides which editor opens. */
export default function PlanPage() {
  const { year, orgId, org, path, orgs } = useOrgContext();
  const plans = usePlans(year, orgId);
  const plan = plans.data?.[0];
  const title = org?.kind === 'city' ? `KF:s mål ${year}` : `Verksamhetsplan ${year}`;
  useDocumentTitle(org ? `${title} – ${org.name}` : title);
  if (orgs.isPending || plans.isPending) return <p className="loading">Läser in …</p>;
  if (!org) return <p>Organisationen finns inte {year}.</p>;
  const crumbs = (
    <Breadcrumbs year={year} path={path} page={org.kind === 'city' ? `KF:s mål` : 'Verksamhetsplan'} />
  );
  if (org.kind === 'city') return <FrameworkEditor year={year} city={org} crumbs={crumbs} />;
  if (!plan) {
    return (
      <div className="page">
        {crumbs}
        <h1>Ingen verksamhetsplan {year}</h1>
        <p>
          <Link to={paths.org(year, org.id)}>Skapa planen på organisationens sida</Link>.
        </p>
      </div>
    );
  }
  if (org.kind === 'board') return <BoardPlanEditor planId={plan.id} crumbs={crumbs} />;
  return <UnitPlanEditor planId={plan.id} crumbs={crumbs} />;
}
