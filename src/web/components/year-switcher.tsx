import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate } from 'react-router-dom';
import { useYears } from '../api/queries.ts';

/** Switching year keeps the organisation and page; the URL carries the year. */
export function YearSwitcher({ year }: { year: number }) {
  const { t } = useTranslation('plan');
  const years = useYears();
  const navigate = useNavigate();
  const location = useLocation();
  const options = years.data?.map((y) => y.year) ?? [year];
  if (!options.includes(year)) options.push(year);
  return (
    <div className="year-switcher">
      <label htmlFor="year-select">{t('crumbs.year')}</label>
      <select
        id="year-select"
        value={year}
        onChange={(e) => navigate(location.pathname.replace(/^\/ar\/\d+/, `/ar/${e.target.value}`))}
      >
        {options.sort().map((y) => (
          <option key={y} value={y}>
            {y}
          </option>
        ))}
      </select>
    </div>
  );
}
