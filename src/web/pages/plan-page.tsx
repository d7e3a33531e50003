import { useTranslation } from 'react-i18next';
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
  const { t } = useTranslation(['plan', 'common']);
  const { year, orgId, org, path, orgs } = useOrgContext();
  const plans = usePlans(year, orgId);
  const plan = plans.data?.[0];
  const title = org?.kind === 'city' ? t('page.cityTitle', { year }) : t('editor.heading', { year });
  useDocumentTitle(org ? `${title} – ${org.name}` : title);
  if (orgs.isPending || plans.isPending) return <p className="loading">{t('common:loading')}</p>;
  if (!org) return <p>{t('page.missingOrg', { year })}</p>;
  const crumbs = (
    <Breadcrumbs
      year={year}
      path={path}
      page={org.kind === 'city' ? t('page.cityCrumb') : t('page.planCrumb')}
    />
  );
  if (org.kind === 'city') return <FrameworkEditor year={year} city={org} crumbs={crumbs} />;
  if (!plan) {
    return (
      <div className="page">
        {crumbs}
        <h1>{t('page.noPlan', { year })}</h1>
        <p>
          <Link to={paths.org(year, org.id)}>{t('page.createOnOrg')}</Link>.
        </p>
      </div>
    );
  }
  if (org.kind === 'board') return <BoardPlanEditor planId={plan.id} crumbs={crumbs} />;
  return <UnitPlanEditor planId={plan.id} crumbs={crumbs} />;
}
