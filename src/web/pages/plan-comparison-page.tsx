import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { ComparedRow } from '../../shared/schemas/plan-comparison.ts';
import { call } from '../api/client.ts';
import { TableScroll } from '../components/table-scroll.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { paths } from '../lib/paths.ts';

const PARTS = ['goals', 'targets', 'sections', 'texts'] as const;

/** Last year's plan beside this year's, per goal, target and section, with what differs. */
export default function PlanComparisonPage() {
  const { t } = useTranslation('comparison');
  const { t: tc } = useTranslation();
  const year = Number(useParams().year);
  const organisationId = useParams().orgId!;
  const [onlyChanges, setOnlyChanges] = useState(true);
  const comparison = useQuery({
    queryKey: ['plan-comparison', organisationId, year],
    queryFn: () => call(endpoints.comparePlans, { query: { organisationId, year } }),
  });
  const data = comparison.data;
  useDocumentTitle(data ? t('title', { name: data.organisationName, year }) : t('heading'));

  if (comparison.error)
    return (
      <div className="page stack">
        <h1>{t('heading')}</h1>
        <p role="alert" className="field-error">
          {comparison.error.message}
        </p>
      </div>
    );
  if (!data) return <p className="loading">{tc('loading')}</p>;
  return (
    <div className="page stack">
      <h1>{t('title', { name: data.organisationName, year })}</h1>
      <p>
        {data.previousPlanId
          ? t('intro', { previous: data.previousYear, year })
          : t('noPrevious', { previous: data.previousYear })}
      </p>
      <p>
        <Link to={paths.plan(year, organisationId)}>{t('openPlan', { year })}</Link>
      </p>
      <label className="checkbox">
        <input type="checkbox" checked={onlyChanges} onChange={(e) => setOnlyChanges(e.target.checked)} />{' '}
        {t('onlyChanges')}
      </label>
      {PARTS.map((part) => (
        <ComparedTable
          key={part}
          part={part}
          rows={data[part].filter((r) => !onlyChanges || r.status !== 'same' || r.detail === 'proposed')}
          total={data[part].length}
          previous={data.previousYear}
          year={year}
        />
      ))}
    </div>
  );
}

const clip = (text: string | null) =>
  text === null ? '' : text.length > 400 ? `${text.slice(0, 400).trimEnd()} …` : text;

function ComparedTable(props: {
  part: (typeof PARTS)[number];
  rows: ComparedRow[];
  total: number;
  previous: number;
  year: number;
}) {
  const { t } = useTranslation('comparison');
  const caption = t(`parts.${props.part}`);
  return (
    <section className="stack" aria-labelledby={`jamfor-${props.part}`}>
      <h2 id={`jamfor-${props.part}`}>{caption}</h2>
      {props.rows.length === 0 ? (
        <p>{props.total === 0 ? t('none') : t('allSame')}</p>
      ) : (
        <TableScroll label={caption}>
          <table className="data-table comparison">
            <caption className="visually-hidden">{caption}</caption>
            <thead>
              <tr>
                <th scope="col">{t('what')}</th>
                <th scope="col">{props.previous}</th>
                <th scope="col">{props.year}</th>
                <th scope="col">{t('difference')}</th>
              </tr>
            </thead>
            <tbody>
              {props.rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.label}</th>
                  <td className="prose-cell">{clip(r.before)}</td>
                  <td className="prose-cell">{clip(r.after)}</td>
                  <td>
                    <span className={`status status-diff-${r.status}`}>{t(`status.${r.status}`)}</span>
                    {r.detail === 'proposed' ? (
                      <span className="badge">{t('proposed')}</span>
                    ) : (
                      r.detail && <span className="muted"> ({r.detail})</span>
                    )}
                  </td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      )}
    </section>
  );
}
