import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { keys, useOrganisations } from '../api/queries.ts';
import { OrganisationForm } from '../components/organisation-form.tsx';
import { RegisterFile } from '../components/register-file.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useFormat } from '../i18n/format.ts';
import type { Organisation } from '../lib/org-tree.ts';
import { buildOrgTree, type OrgNode } from '../lib/org-tree.ts';
import { paths } from '../lib/paths.ts';

/** The organisation register for one year: add, rename, move and close organisations. */
export default function OrganisationRegisterPage() {
  const { t } = useTranslation('register');
  const { t: tc } = useTranslation();
  const { t: tr } = useTranslation('rollover');
  const year = Number(useParams().year);
  const orgs = useOrganisations(year);
  const client = useQueryClient();
  const [editing, setEditing] = useState<string>();
  const [message, setMessage] = useState<string>();
  useDocumentTitle(t('title', { year }));

  const done = async (text: string) => {
    setEditing(undefined);
    setMessage(text);
    await client.invalidateQueries({ queryKey: ['organisations'] });
    await client.invalidateQueries({ queryKey: keys.organisations(year) });
  };

  if (!orgs.data) return <p className="loading">{tc('loading')}</p>;
  const rows = flatten(buildOrgTree(orgs.data));
  const current = orgs.data.find((o) => o.id === editing);
  return (
    <div className="page stack">
      <h1>{t('title', { year })}</h1>
      <p>{t('intro', { year })}</p>
      <p>
        <Link to={paths.newYear(year)}>{tr('link', { year })}</Link>
      </p>
      <p role="status" className="status-line">
        {message}
      </p>
      <TableScroll label={t('table.caption', { year })}>
        <table className="data-table org-register">
          <caption className="visually-hidden">{t('table.caption', { year })}</caption>
          <thead>
            <tr>
              <th scope="col">{t('table.name')}</th>
              <th scope="col">{t('table.kind')}</th>
              <th scope="col">{t('table.code')}</th>
              <th scope="col">{t('table.validFrom')}</th>
              <th scope="col">{t('table.validTo')}</th>
              <th scope="col">
                <span className="visually-hidden">{t('table.actions')}</span>
              </th>
            </tr>
          </thead>
          <tbody>
            {rows.map(({ org, depth }) => (
              <Row key={org.id} org={org} depth={depth} onEdit={() => setEditing(org.id)} />
            ))}
          </tbody>
        </table>
      </TableScroll>
      {current ? (
        <OrganisationForm
          key={current.id}
          year={year}
          orgs={orgs.data}
          current={current}
          onDone={done}
          onCancel={() => setEditing(undefined)}
        />
      ) : (
        <OrganisationForm year={year} orgs={orgs.data} onDone={done} />
      )}
      <RegisterFile onApplied={done} />
    </div>
  );
}

function Row({ org, depth, onEdit }: { org: Organisation; depth: number; onEdit: () => void }) {
  const { t } = useTranslation('register');
  const f = useFormat();
  return (
    <tr>
      <th scope="row" style={{ paddingInlineStart: `${0.5 + depth * 1.25}rem` }}>
        {org.name}
      </th>
      <td>{t(`kind.${org.kind}`)}</td>
      <td>{org.externalId ?? ''}</td>
      <td>{org.validFrom ? f.date(org.validFrom) : ''}</td>
      <td>{org.validTo ? f.date(org.validTo) : t('table.open')}</td>
      <td>
        <button
          type="button"
          className="button small"
          onClick={onEdit}
          aria-label={t('table.edit', { name: org.name })}
        >
          {t('table.editShort')}
        </button>
      </td>
    </tr>
  );
}

function flatten(nodes: OrgNode[], depth = 0): { org: Organisation; depth: number }[] {
  return nodes.flatMap((n) => [{ org: n, depth }, ...flatten(n.children, depth + 1)]);
}
