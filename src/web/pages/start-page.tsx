import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';
import { REPORT_PERIODS } from '../../shared/vocabulary.ts';
import { call } from '../api/client.ts';
import { useOrganisations } from '../api/queries.ts';
import { FollowUpCard } from '../components/follow-up/follow-up-card.tsx';
import { MyPlanCard } from '../components/my-plan-card.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useFormat } from '../i18n/format.ts';
import { lastOrg } from '../lib/last-org.ts';
import { buildOrgTree } from '../lib/org-tree.ts';
import { paths } from '../lib/paths.ts';

export default function StartPage() {
  const { t } = useTranslation(['start', 'vocabulary', 'common']);
  const format = useFormat();
  const year = Number(useParams().year);
  useDocumentTitle(t('heading', { year }));
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
      <h1>{t('heading', { year })}</h1>
      <p className="lead">{t('lead')}</p>
      {mine && <MyPlanCard org={mine} year={year} />}
      {mine && <FollowUpCard org={mine} year={year} />}
      {city && (
        <section aria-labelledby="kf-rubrik" className="card">
          <h2 id="kf-rubrik">{city.name}</h2>
          <p>
            <Link to={paths.plan(year, city.id)}>{t('cityGoals', { year })}</Link> {t('cityGoalsAbout')}
          </p>
          <CityFollowUpLinks year={year} cityId={city.id} />
        </section>
      )}
      {orgs.isPending && <p className="loading">{t('common:loading')}</p>}
      {city?.children.map((board) => (
        <section key={board.id} aria-labelledby={`n-${board.id}`} className="card">
          <h2 id={`n-${board.id}`}>
            <Link to={paths.org(year, board.id)}>{board.name}</Link>
          </h2>
          <BoardFollowUpLinks year={year} board={board} />
          <TableScroll label={t('plansWithin', { year, board: board.name })}>
            <table className="data-table">
              <caption className="visually-hidden">{t('plansWithin', { year, board: board.name })}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('organisation')}</th>
                  <th scope="col">{t('planColumn', { year })}</th>
                  <th scope="col">{t('lastChanged')}</th>
                </tr>
              </thead>
              <tbody>
                {[board, ...board.children].map((org) => {
                  const plan = planFor.get(org.id);
                  return (
                    <tr key={org.id}>
                      <th scope="row">
                        <Link to={paths.org(year, org.id)}>{org.name}</Link>{' '}
                        <span className="org-kind">{t(`vocabulary:orgKind.${org.kind}`)}</span>
                      </th>
                      <td>
                        {plan ? (
                          <span className={`status status-${plan.status}`}>
                            {t(`vocabulary:planStatus.${plan.status}`)}
                          </span>
                        ) : (
                          <span className="status status-none">{t('noPlan')}</span>
                        )}
                      </td>
                      <td>{plan ? format.dateTime(plan.updatedAt) : '–'}</td>
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
