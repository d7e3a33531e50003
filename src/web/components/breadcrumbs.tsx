import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OrganisationRecord as Organisation } from '../../shared/schemas/organisation.ts';
import { paths } from '../lib/paths.ts';

interface Props {
  year: number;
  path: Organisation[];
  /** A last crumb for the page itself, e.g. "Verksamhetsplan". */
  page?: string;
}

export function Breadcrumbs({ year, path, page }: Props) {
  const { t } = useTranslation('plan');
  return (
    <nav aria-label={t('crumbs.label')} className="breadcrumbs">
      <ol>
        <li>
          <Link to={paths.year(year)}>{t('crumbs.start', { year })}</Link>
        </li>
        {path.map((org, i) => {
          const last = !page && i === path.length - 1;
          return (
            <li key={org.id}>
              <Link to={paths.org(year, org.id)} aria-current={last ? 'page' : undefined}>
                {org.name}
              </Link>
            </li>
          );
        })}
        {page && (
          <li>
            <span aria-current="page">{page}</span>
          </li>
        )}
      </ol>
    </nav>
  );
}
