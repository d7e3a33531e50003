import { useTranslation } from 'react-i18next';
import { Navigate } from 'react-router-dom';
import { useYears } from '../api/queries.ts';
import { paths } from '../lib/paths.ts';

/** "/" opens the current year when it is planned, otherwise the latest planned year. */
export function HomeRedirect() {
  const { t } = useTranslation();
  const years = useYears();
  if (years.isPending) return <p className="loading">{t('loading')}</p>;
  const list = years.data?.map((y) => y.year) ?? [];
  const now = new Date().getFullYear();
  const year = list.includes(now) ? now : (list.at(-1) ?? now);
  return <Navigate to={paths.year(year)} replace />;
}
