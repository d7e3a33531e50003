import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { type OrgKind, REPORT_PERIODS, type ReportPeriod } from '../../../shared/vocabulary.ts';
import { useFollowUpReport } from '../../api/follow-up.ts';
import { paths } from '../../lib/paths.ts';
import { TableScroll } from '../table-scroll.tsx';

interface Org {
  id: string;
  name: string;
  kind: OrgKind;
}

/** The organisation's T1, T2 and VB with their status; boards and the city also get review and overview. */
export function FollowUpCard({
  org,
  year,
  headingLevel = 2,
}: {
  org: Org;
  year: number;
  headingLevel?: 2 | 3;
}) {
  const { t } = useTranslation('follow-up');
  const H = `h${headingLevel}` as 'h2';
  const headingId = `fu-card-${org.id}`;
  return (
    <section className="card fu-card" aria-labelledby={headingId}>
      <H id={headingId}>
        {t('start.heading', { year })}
        <span className="visually-hidden"> – {org.name}</span>
      </H>
      <p className="muted">{t('start.lead')}</p>
      <TableScroll label={t('start.heading', { year })}>
        <table className="data-table compact">
          <caption className="visually-hidden">{t('start.heading', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('page.periods')}</th>
              <th scope="col">{t('start.status')}</th>
              {org.kind !== 'unit' && <th scope="col">{t('page.review')}</th>}
            </tr>
          </thead>
          <tbody>
            {REPORT_PERIODS.map((p) => (
              <PeriodRow key={p} org={org} year={year} period={p} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      <p>
        <Link to={paths.importOutcomes(year)}>{t('start.importOutcomes')}</Link>
      </p>
    </section>
  );
}

function PeriodRow({ org, year, period }: { org: Org; year: number; period: ReportPeriod }) {
  const { t } = useTranslation('follow-up');
  const report = useFollowUpReport(org.id, year, period);
  const name = t(`period.${period}`);
  return (
    <tr>
      <th scope="row">
        <Link to={paths.followUp(year, org.id, period)}>{t('start.fill', { period: name })}</Link>
      </th>
      <td>
        {report.data ? (
          <span className={`status status-${report.data.status}`}>{t(`status.${report.data.status}`)}</span>
        ) : (
          <span className="status status-none">{t('start.none')}</span>
        )}
      </td>
      {org.kind !== 'unit' && (
        <td>
          <Link to={paths.boardReview(year, org.id, period)}>
            {t('start.review', { period: t(`period.short.${period}`) })}
          </Link>
          {' · '}
          <Link to={paths.dashboard(year, org.id, period)}>
            {t('start.dashboard', { period: t(`period.short.${period}`) })}
          </Link>
        </td>
      )}
    </tr>
  );
}
