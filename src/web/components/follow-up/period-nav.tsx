import { useTranslation } from 'react-i18next';
import { NavLink } from 'react-router-dom';
import { REPORT_PERIODS, type ReportPeriod } from '../../../shared/vocabulary.ts';

/** T1 · T2 · VB of the same year, the current one marked for screen readers too. */
export function PeriodNav({ to, current }: { to: (period: ReportPeriod) => string; current: ReportPeriod }) {
  const { t } = useTranslation('follow-up');
  return (
    <nav aria-label={t('page.periods')} className="period-nav">
      <ul>
        {REPORT_PERIODS.map((p) => (
          <li key={p}>
            <NavLink to={to(p)} aria-current={p === current ? 'page' : undefined} className="button">
              {t(`period.${p}`)}
            </NavLink>
          </li>
        ))}
      </ul>
    </nav>
  );
}
