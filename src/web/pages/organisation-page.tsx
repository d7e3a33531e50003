import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';

import { call } from '../api/client.ts';
import { keys, usePlans, usePlanTree } from '../api/queries.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { CompletenessList } from '../components/completeness-panel.tsx';
import { FollowUpCard } from '../components/follow-up/follow-up-card.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useOrgContext } from '../hooks/use-org-context.ts';
import { useFormat } from '../i18n/format.ts';
import { paths } from '../lib/paths.ts';

export default function OrganisationPage() {
  const { year, orgId, org, path, orgs } = useOrgContext();
  const { t: tcmp } = useTranslation('comparison');
  const { t: tov } = useTranslation('overview');
  const { t } = useTranslation(['start', 'vocabulary', 'common']);
  const format = useFormat();
  useDocumentTitle(org ? `${org.name} ${year}` : t('organisation'));
  const plans = usePlans(year, orgId);
  const plan = plans.data?.[0];
  const tree = usePlanTree(plan?.id);
  const client = useQueryClient();
  const create = useMutation({
    mutationFn: () =>
      call(endpoints.createPlan, {
        body: {
          organisationId: orgId,
          year,
          kind: 'plan',
          // The title is printed on the document, which stays in the municipality's language.
          title: `Verksamhetsplan ${year}`,
          addressee: path.find((o) => o.kind === 'board')?.name ?? '',
        },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.plans(year, orgId) }),
  });

  if (orgs.isPending) return <p className="loading">{t('common:loading')}</p>;
  if (!org) {
    return (
      <div className="page">
        <h1>{t('org.missing', { year })}</h1>
        <p>
          {t('org.missingWhy')} <Link to={paths.year(year)}>{t('org.chooseOther')}</Link>.
        </p>
      </div>
    );
  }
  const city = org.kind === 'city';
  return (
    <div className="page">
      <Breadcrumbs year={year} path={path} />
      <h1>
        {org.name} <span className="h-sub">{year}</span>
      </h1>
      <p className="muted">{t(`vocabulary:orgKind.${org.kind}`)}</p>
      {city ? (
        <section className="card" aria-labelledby="ramverk">
          <h2 id="ramverk">{t('cityGoals', { year })}</h2>
          <p>{t('org.cityGoalsAbout')}</p>
          <p className="button-row">
            <Link className="button primary" to={paths.plan(year, org.id)}>
              {t('org.openCityGoals', { year })}
            </Link>
            <Link className="button" to={paths.overview(year, org.id)}>
              {tov('cityLink')}
            </Link>
          </p>
        </section>
      ) : (
        <section className="card" aria-labelledby="planrubrik">
          <h2 id="planrubrik">{t('planColumn', { year })}</h2>
          {plans.isPending && <p className="loading">{t('common:loading')}</p>}
          {plan && (
            <>
              <dl className="facts">
                <dt>{t('org.status')}</dt>
                <dd>
                  <span className={`status status-${plan.status}`}>
                    {t(`vocabulary:planStatus.${plan.status}`)}
                  </span>
                </dd>
                <dt>{t('lastChanged')}</dt>
                <dd>{format.dateTime(plan.updatedAt)}</dd>
              </dl>
              <p className="button-row">
                <Link className="button primary" to={paths.plan(year, org.id)}>
                  {t('org.openPlan')}
                </Link>
                <Link className="button" to={paths.comparison(year, org.id)}>
                  {tcmp('link', { previous: year - 1 })}
                </Link>
              </p>
            </>
          )}
          {plans.data && !plan && (
            <>
              <p>{t('org.noPlan', { year })}</p>
              <button
                type="button"
                className="button primary"
                onClick={() => create.mutate()}
                disabled={create.isPending}
              >
                {t('org.createPlan', { year })}
              </button>
              {create.error && <p className="field-error">{create.error.message}</p>}
            </>
          )}
        </section>
      )}
      <FollowUpCard org={org} year={year} />
      {org.kind === 'board' && (
        <p>
          <Link className="button" to={paths.overview(year, org.id)}>
            {tov('link')}
          </Link>
        </p>
      )}
      {tree.data && (
        <section className="card" aria-labelledby="saknas">
          <h2 id="saknas">{t('org.missingInPlan')}</h2>
          <CompletenessList tree={tree.data} linkBase={paths.plan(year, org.id)} />
        </section>
      )}
    </div>
  );
}
