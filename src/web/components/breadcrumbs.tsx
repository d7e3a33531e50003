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
  return (
    <nav aria-label="Brödsmulor" className="breadcrumbs">
      <ol>
        <li>
          <Link to={paths.year(year)}>Start {year}</Link>
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
