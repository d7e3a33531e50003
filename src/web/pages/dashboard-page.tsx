import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { Dashboard } from '../../shared/schemas/follow-up-views.ts';
import { ASSESSMENTS, REPORT_PERIODS, type ReportPeriod } from '../../shared/vocabulary.ts';
import { useDashboard } from '../api/follow-up.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { IndicatorChart } from '../components/dashboard/indicator-chart.tsx';
import { PeriodNav } from '../components/follow-up/period-nav.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useOrgContext } from '../hooks/use-org-context.ts';
import { useFormat } from '../i18n/format.ts';
import { goalHeading } from '../lib/format.ts';
import { paths } from '../lib/paths.ts';
import { NotFoundPage } from './not-found-page.tsx';

/** A board's or the city's period at a glance: goals by assessment, indicators behind, late units, charts. */
export default function DashboardPage() {
  const period = useParams().period as ReportPeriod;
  if (!REPORT_PERIODS.includes(period)) return <NotFoundPage />;
  return <Overview period={period} />;
}

function Overview({ period }: { period: ReportPeriod }) {
  const { t } = useTranslation(['dashboard', 'follow-up']);
  const { year, orgId, org, path } = useOrgContext();
  const dashboard = useDashboard(orgId, year, period);
  const name = t(`follow-up:period.${period}`);
  useDocumentTitle(t('title', { period: name, year, org: org?.name ?? '' }));
  if (dashboard.isError)
    return <p className="field-error">{t('failed', { message: dashboard.error.message })}</p>;
  if (!dashboard.data || !org) return <p className="loading">…</p>;
  const data = dashboard.data;
  const behind = new Set(data.indicatorsBehind.filter((i) => i.gender === 'T').map((i) => i.indicatorId));
  return (
    <div className="page dashboard">
      <Breadcrumbs year={year} path={path} page={t('link')} />
      <h1>{t('title', { period: name, year, org: org.name })}</h1>
      <PeriodNav to={(p) => paths.dashboard(year, orgId, p)} current={period} />
      <p className="lead">{t('lead', { org: org.name })}</p>
      <div className="dash-grid">
        <GoalsByAssessment data={data} />
        <Behind data={data} />
        <NotReported data={data} />
      </div>
      <section aria-labelledby="dash-charts">
        <h2 id="dash-charts">{t('charts.heading')}</h2>
        <p>{t('charts.lead')}</p>
        {data.series.length === 0 && <p>{t('charts.none')}</p>}
        <div className="chart-list">
          {data.series.map((s) => (
            <IndicatorChart key={s.indicatorId} series={s} behind={behind.has(s.indicatorId)} />
          ))}
        </div>
      </section>
    </div>
  );
}

function GoalsByAssessment({ data }: { data: Dashboard }) {
  const { t } = useTranslation(['dashboard', 'follow-up']);
  const unassessed = data.goals.filter((g) => !g.assessment).length;
  return (
    <section className="card" aria-labelledby="dash-goals">
      <h2 id="dash-goals">{t('goals.heading')}</h2>
      <table className="data-table compact">
        <caption className="visually-hidden">{t('goals.caption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('goals.assessment')}</th>
            <th scope="col" className="num">
              {t('goals.count')}
            </th>
          </tr>
        </thead>
        <tbody>
          {ASSESSMENTS.map((a) => (
            <tr key={a}>
              <th scope="row">
                <span className={`assess assess-${a}`}>{t(`follow-up:assessment.${a}`)}</span>
              </th>
              <td className="num">{data.goalsByAssessment[a] ?? 0}</td>
            </tr>
          ))}
          {unassessed > 0 && (
            <tr>
              <th scope="row">
                <span className="assess assess-none">{t('follow-up:assessment.none')}</span>
              </th>
              <td className="num">{unassessed}</td>
            </tr>
          )}
        </tbody>
      </table>
      <details>
        <summary>{t('goals.list')}</summary>
        <ul className="plain-list">
          {data.goals.map((g) => (
            <li key={g.id}>
              {goalHeading(g)} –{' '}
              <span className={`assess assess-${g.assessment ?? 'none'}`}>
                {t(`follow-up:assessment.${g.assessment ?? 'none'}`)}
              </span>
            </li>
          ))}
        </ul>
      </details>
    </section>
  );
}

function Behind({ data }: { data: Dashboard }) {
  const { t } = useTranslation(['dashboard', 'follow-up']);
  const format = useFormat();
  const value = (n: number, unit: string) => `${format.number(n)} ${unit}`.trim();
  return (
    <section className="card" aria-labelledby="dash-behind">
      <h2 id="dash-behind">{t('behind.heading')}</h2>
      {data.indicatorsBehind.length === 0 ? (
        <p>{t('behind.none')}</p>
      ) : (
        <TableScroll label={t('behind.caption')}>
          <table className="data-table compact">
            <caption className="visually-hidden">{t('behind.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('behind.indicator')}</th>
                <th scope="col">{t('behind.gender')}</th>
                <th scope="col" className="num">
                  {t('behind.value')}
                </th>
                <th scope="col" className="num">
                  {t('behind.target')}
                </th>
              </tr>
            </thead>
            <tbody>
              {data.indicatorsBehind.map((i) => (
                <tr key={`${i.indicatorId}-${i.gender}`}>
                  <th scope="row">{i.name}</th>
                  <td>{t(`follow-up:gender.${i.gender}`)}</td>
                  <td className="num">
                    <span className="cmp cmp-not_met">
                      <span aria-hidden="true">✗ </span>
                      {value(i.value, i.unit)}
                    </span>
                  </td>
                  <td className="num">{value(i.target, i.unit)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}

function NotReported({ data }: { data: Dashboard }) {
  const { t } = useTranslation(['dashboard', 'follow-up']);
  const format = useFormat();
  const period = data.period.period;
  return (
    <section className="card" aria-labelledby="dash-late">
      <h2 id="dash-late">{t('late.heading')}</h2>
      {data.unitsNotReported.length === 0 ? (
        <p>
          <span aria-hidden="true">✓ </span>
          {t('late.none')}
        </p>
      ) : (
        <TableScroll label={t('late.caption')}>
          <table className="data-table compact">
            <caption className="visually-hidden">{t('late.caption')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('late.organisation')}</th>
                <th scope="col">{t('late.status')}</th>
                <th scope="col">{t('late.deadline')}</th>
              </tr>
            </thead>
            <tbody>
              {data.unitsNotReported.map((u) => (
                <tr key={u.organisation.id}>
                  <th scope="row">
                    <Link to={paths.followUp(data.period.year, u.organisation.id, period)}>
                      {u.organisation.name}
                    </Link>
                  </th>
                  <td>
                    <span className={`status status-${u.status ?? 'none'}`}>
                      {u.status ? t(`follow-up:status.${u.status}`) : t('late.notStarted')}
                    </span>
                  </td>
                  <td>{format.date(u.deadline)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
