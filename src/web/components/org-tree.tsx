import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import type { OrganisationRecord as Organisation } from '../../shared/schemas/organisation.ts';

import { buildOrgTree, filterOrgTree, type OrgNode } from '../lib/org-tree.ts';
import { paths } from '../lib/paths.ts';

interface Props {
  orgs: Organisation[];
  year: number;
  currentId?: string;
}

export function OrgTree({ orgs, year, currentId }: Props) {
  const { t } = useTranslation('start');
  const [query, setQuery] = useState('');
  const tree = useMemo(() => buildOrgTree(orgs), [orgs]);
  const shown = useMemo(() => filterOrgTree(tree, query), [tree, query]);
  return (
    <div className="org-tree">
      <label className="field-label" htmlFor="org-search">
        {t('orgTree.search')}
      </label>
      <input
        id="org-search"
        type="search"
        value={query}
        onChange={(e) => setQuery(e.target.value)}
        placeholder={t('orgTree.placeholder')}
        autoComplete="off"
      />
      {shown.length === 0 ? (
        <p className="muted">{t('orgTree.noMatch', { query })}</p>
      ) : (
        <OrgList nodes={shown} year={year} currentId={currentId} />
      )}
    </div>
  );
}

function OrgList({ nodes, year, currentId }: { nodes: OrgNode[]; year: number; currentId?: string }) {
  const { t } = useTranslation('vocabulary');
  return (
    <ul className="org-list">
      {nodes.map((node) => (
        <li key={node.id}>
          <Link
            to={paths.org(year, node.id)}
            className={`org-link kind-${node.kind}`}
            aria-current={node.id === currentId ? 'page' : undefined}
          >
            <span className="org-name">{node.name}</span>
            <span className="org-kind">{t(`orgKind.${node.kind}`)}</span>
          </Link>
          {node.children.length > 0 && <OrgList nodes={node.children} year={year} currentId={currentId} />}
        </li>
      ))}
    </ul>
  );
}
