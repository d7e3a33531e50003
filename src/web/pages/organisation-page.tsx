import { useMutation, useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';
import { ORG_KIND_LABEL, PLAN_STATUS_LABEL } from '../../shared/vocabulary.ts';
import { call } from '../api/client.ts';
import { keys, usePlans, usePlanTree } from '../api/queries.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { CompletenessList } from '../components/completeness-panel.tsx';
import { FollowUpCard } from '../components/follow-up/follow-up-card.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useOrgContext } from '../hooks/use-org-context.ts';
import { formatDateTime } from '../lib/format.ts';
import { paths } from '../lib/paths.ts';

export default function OrganisationPage() {
  const { year, orgId, org, path, orgs } = useOrgContext();
  const { t: tcmp } = useTranslation('comparison');
  const { t: tov } = useTranslation('overview');
  useDocumentTitle(org ? `${org.name} ${year}` : 'Organisation');
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
          title: `Verksamhetsplan ${year}`,
          addressee: path.find((o) => o.kind === 'board')?.name ?? '',
        },
      }),
    onSuccess: () => client.invalidateQueries({ queryKey: keys.plans(year, orgId) }),
  });

  if (orgs.isPending) return <p className="loading">Läser in …</p>;
  if (!org) {
    return (
      <div className="page">
        <h1>Organisationen finns inte {year}</h1>
        <p>
          Den kan ha bytt namn eller slagits ihop med en annan.{' '}
          <Link to={paths.year(year)}>Välj en annan</Link>.
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
      <p className="muted">{ORG_KIND_LABEL[org.kind]}</p>
      {city ? (
        <section className="card" aria-labelledby="ramverk">
          <h2 id="ramverk">Kommunfullmäktiges mål {year}</h2>
          <p>
            Inriktningsmål, mål för verksamhetsområdena, indikatorer och KF:s årsmål som alla planer ärver.
          </p>
          <p className="button-row">
            <Link className="button primary" to={paths.plan(year, org.id)}>
              Öppna KF:s mål {year}
            </Link>
            <Link className="button" to={paths.overview(year, org.id)}>
              {tov('cityLink')}
            </Link>
          </p>
        </section>
      ) : (
        <section className="card" aria-labelledby="planrubrik">
          <h2 id="planrubrik">Verksamhetsplan {year}</h2>
          {plans.isPending && <p className="loading">Läser in …</p>}
          {plan && (
            <>
              <dl className="facts">
                <dt>Status</dt>
                <dd>
                  <span className={`status status-${plan.status}`}>{PLAN_STATUS_LABEL[plan.status]}</span>
                </dd>
                <dt>Senast ändrad</dt>
                <dd>{formatDateTime(plan.updatedAt)}</dd>
              </dl>
              <p className="button-row">
                <Link className="button primary" to={paths.plan(year, org.id)}>
                  Öppna verksamhetsplanen
                </Link>
                <Link className="button" to={paths.comparison(year, org.id)}>
                  {tcmp('link', { previous: year - 1 })}
                </Link>
              </p>
            </>
          )}
          {plans.data && !plan && (
            <>
              <p>Det finns ingen verksamhetsplan för {year} ännu.</p>
              <button
                type="button"
                className="button primary"
                onClick={() => create.mutate()}
                disabled={create.isPending}
              >
                Skapa verksamhetsplan {year}
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
          <h2 id="saknas">Det här saknas i planen</h2>
          <CompletenessList tree={tree.data} linkBase={paths.plan(year, org.id)} />
        </section>
      )}
    </div>
  );
}
