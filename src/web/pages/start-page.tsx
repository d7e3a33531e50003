import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';
import { ORG_KIND_LABEL, PLAN_STATUS_LABEL, REPORT_PERIODS } from '../../shared/vocabulary.ts';
import { call } from '../api/client.ts';
import { useOrganisations } from '../api/queries.ts';
import { FollowUpCard } from '../components/follow-up/follow-up-card.tsx';
import { MyPlanCard } from '../components/my-plan-card.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { formatDateTime } from '../lib/format.ts';
import { lastOrg } from '../lib/last-org.ts';
import { buildOrgTree } from '../lib/org-tree.ts';
import { paths } from '../lib/paths.ts';

export default function StartPage() {
  const year = Number(useParams().year);
  useDocumentTitle(`Planering ${year}`);
  const orgs = useOrganisations(year);
  const plans = useQuery({
    queryKey: ['plans', year],
    queryFn: () => call(endpoints.listPlans, { query: { year, kind: 'plan' } }),
  });
  const planFor = new Map((plans.data ?? []).map((p) => [p.organisationId, p]));
  const tree = buildOrgTree(orgs.data ?? []);
  const city = tree[0];
  const mine = orgs.data?.find((o) => o.id === lastOrg() && o.kind !== 'city');
  return (
    <div className="page">
      <h1>Planering {year}</h1>
      <p className="lead">
        Välj din nämnd eller enhet för att skriva verksamhetsplanen. Kommunfullmäktiges och nämndens mål
        hämtas automatiskt – du skriver bara det som är ert eget.
      </p>
      {mine && <MyPlanCard org={mine} year={year} />}
      {mine && <FollowUpCard org={mine} year={year} />}
      {city && (
        <section aria-labelledby="kf-rubrik" className="card">
          <h2 id="kf-rubrik">{city.name}</h2>
          <p>
            <Link to={paths.plan(year, city.id)}>Kommunfullmäktiges mål {year}</Link> – inriktningsmål, mål
            för verksamhetsområdena, indikatorer och årsmål.
          </p>
          <CityFollowUpLinks year={year} cityId={city.id} />
        </section>
      )}
      {orgs.isPending && <p className="loading">Läser in …</p>}
      {city?.children.map((board) => (
        <section key={board.id} aria-labelledby={`n-${board.id}`} className="card">
          <h2 id={`n-${board.id}`}>
            <Link to={paths.org(year, board.id)}>{board.name}</Link>
          </h2>
          <BoardFollowUpLinks year={year} board={board} />
          <TableScroll label={`Verksamhetsplaner ${year} inom ${board.name}`}>
            <table className="data-table">
              <caption className="visually-hidden">
                Verksamhetsplaner {year} inom {board.name}
              </caption>
              <thead>
                <tr>
                  <th scope="col">Organisation</th>
                  <th scope="col">Verksamhetsplan {year}</th>
                  <th scope="col">Senast ändrad</th>
                </tr>
              </thead>
              <tbody>
                {[board, ...board.children].map((org) => {
                  const plan = planFor.get(org.id);
                  return (
                    <tr key={org.id}>
                      <th scope="row">
                        <Link to={paths.org(year, org.id)}>{org.name}</Link>{' '}
                        <span className="org-kind">{ORG_KIND_LABEL[org.kind]}</span>
                      </th>
                      <td>
                        {plan ? (
                          <span className={`status status-${plan.status}`}>
                            {PLAN_STATUS_LABEL[plan.status]}
                          </span>
                        ) : (
                          <span className="status status-none">Ingen plan ännu</span>
                        )}
                      </td>
                      <td>{plan ? formatDateTime(plan.updatedAt) : '–'}</td>
                    </tr>
                  );
                })}
              </tbody>
            </table>
          </TableScroll>
        </section>
      ))}
    </div>
  );
}

/** The city's overview of each period, and the file upload for controllers. */
function CityFollowUpLinks({ year, cityId }: { year: number; cityId: string }) {
  const { t } = useTranslation(['dashboard', 'follow-up', 'periods']);
  return (
    <ul className="inline-links">
      {REPORT_PERIODS.map((p) => (
        <li key={p}>
          <Link to={paths.dashboard(year, cityId, p)}>
            {t('link')} {t(`follow-up:period.${p}`)}
          </Link>
        </li>
      ))}
      <li>
        <Link to={paths.importOutcomes(year)}>{t('follow-up:start.importOutcomes')}</Link>
      </li>
      <li>
        <Link to={paths.followUpPeriods(year)}>{t('periods:link')}</Link>
      </li>
    </ul>
  );
}

/** A board's review and overview of each period. */
function BoardFollowUpLinks({ year, board }: { year: number; board: { id: string; name: string } }) {
  const { t } = useTranslation('follow-up');
  return (
    <nav aria-label={`${t('start.heading', { year })} – ${board.name}`}>
      <ul className="inline-links">
        {REPORT_PERIODS.map((p) => (
          <li key={p}>
            <Link to={paths.boardReview(year, board.id, p)}>
              {t('start.review', { period: t(`period.short.${p}`) })}
            </Link>
          </li>
        ))}
        {REPORT_PERIODS.map((p) => (
          <li key={`d-${p}`}>
            <Link to={paths.dashboard(year, board.id, p)}>
              {t('start.dashboard', { period: t(`period.short.${p}`) })}
            </Link>
          </li>
        ))}
      </ul>
    </nav>
  );
}
