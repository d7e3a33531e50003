import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router-dom';
import { paths } from '../lib/paths.ts';
import { TableScroll } from './table-scroll.tsx';

interface KindCount {
  recognised: number;
  linked: number;
  created: number;
  updated: number;
  removed: number;
}

export interface PlanReport {
  planIndex: number;
  file: string | null;
  status: 'imported' | 'preview' | 'failed';
  error: string | null;
  /** Set when the plan stopped on a goal number used by another goal; the page offers the choices. */
  collision?: { number: string; storedTitle: string; printedTitle: string } | null;
  unit: string | null;
  board: string | null;
  year: number | null;
  organisations: { unit: { id: string | null } | null };
  goals: Record<string, KindCount>;
  counts: Record<string, KindCount>;
  warnings: { line: number; message: string }[];
}

export interface ImportResponse {
  report: { dryRun: boolean; ok: boolean; plans: PlanReport[] };
}

const ROWS: [group: 'goals' | 'counts', key: string][] = [
  ['goals', 'city_direction'],
  ['goals', 'city_area'],
  ['goals', 'board'],
  ['goals', 'unit'],
  ['counts', 'indicators'],
  ['counts', 'targets'],
  ['counts', 'activities'],
  ['counts', 'budgetTables'],
  ['counts', 'budgetRows'],
  ['counts', 'sections'],
  ['counts', 'unplaced'],
];

/** One plan of an import: what the document holds, what is new and what links to stored records. */
export function PlanPreview({ plan, year }: { plan: PlanReport; year: number }) {
  const { t } = useTranslation(['imports', 'vocabulary']);
  const headingId = useId();
  const title = `${plan.unit ?? t('preview.unknownUnit')} ${plan.year ?? ''}`;
  const unitId = plan.organisations.unit?.id;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="muted">
        {plan.file} · {plan.board ?? t('preview.noBoard')}
        {plan.status === 'imported' && unitId && (
          <>
            {' · '}
            <Link to={paths.plan(plan.year ?? year, unitId)}>{t('preview.open')}</Link>
          </>
        )}
      </p>
      {plan.status === 'failed' ? (
        <p role="alert" className="field-error">
          {plan.error}
        </p>
      ) : (
        <TableScroll label={t('preview.summary', { title })}>
          <table className="data-table">
            <caption className="visually-hidden">
              {plan.status === 'preview'
                ? t('preview.willCreate', { title })
                : t('preview.created', { title })}
            </caption>
            <thead>
              <tr>
                <th scope="col">{t('preview.kind')}</th>
                <th scope="col" className="num">
                  {t('preview.inDocument')}
                </th>
                <th scope="col" className="num">
                  {t('preview.new')}
                </th>
                <th scope="col" className="num">
                  {t('preview.linked')}
                </th>
                <th scope="col" className="num">
                  {t('preview.changed')}
                </th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([group, key]) => {
                const label =
                  group === 'goals' ? t(`vocabulary:goalLevel.${key}`) : t(`preview.count.${key}`);
                const c = plan[group][key];
                if (!c) return null;
                return (
                  <tr key={key}>
                    <th scope="row">{label}</th>
                    <td className="num">{c.recognised}</td>
                    <td className="num">{c.created}</td>
                    <td className="num">{c.linked}</td>
                    <td className="num">{c.updated + c.removed}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </TableScroll>
      )}
      {plan.warnings.length > 0 && (
        <details>
          <summary>{t('preview.warnings', { count: plan.warnings.length })}</summary>
          <ul>
            {plan.warnings.map((w) => (
              <li key={`${w.line}-${w.message}`}>
                {t('preview.line', { line: w.line, message: w.message })}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
