import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useMunicipality } from '../api/municipality.ts';
import { useYears } from '../api/queries.ts';
import { paths } from '../lib/paths.ts';

/**
 * "/" opens the current year when it is planned, otherwise the latest planned year; an install without a
 * municipality yet opens the first-run page.
 */
export function HomeRedirect() {
  const { t } = useTranslation();
  const years = useYears();
  const municipality = useMunicipality();
  if (years.isPending || municipality.isPending) return <p className="loading">{t('loading')}</p>;
  if (municipality.data && !municipality.data.name) return <Navigate to={paths.setup} replace />;
  const list = years.data?.map((y) => y.year) ?? [];
  const now = new Date().getFullYear();
  const year = list.includes(now) ? now : (list.at(-1) ?? now);
  return <Navigate to={paths.year(year)} replace />;
}
