import { useId } from 'react';
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

const ROWS: [group: 'goals' | 'counts', key: string, label: string][] = [
  ['goals', 'city_direction', 'KF:s inriktningsmål'],
  ['goals', 'city_area', 'KF:s mål för verksamhetsområdet'],
  ['goals', 'board', 'Nämndmål'],
  ['goals', 'unit', 'Enhetsmål'],
  ['counts', 'indicators', 'Indikatorer'],
  ['counts', 'targets', 'Målvärden'],
  ['counts', 'activities', 'Aktiviteter'],
  ['counts', 'budgetTables', 'Budgettabeller'],
  ['counts', 'budgetRows', 'Budgetrader'],
  ['counts', 'sections', 'Avsnitt (Inledning, Övrigt)'],
  ['counts', 'unplaced', 'Oplacerad text'],
];

/** One plan of an import: what the document holds, what is new and what links to stored records. */
export function PlanPreview({ plan, year }: { plan: PlanReport; year: number }) {
  const headingId = useId();
  const title = `${plan.unit ?? 'Okänd enhet'} ${plan.year ?? ''}`;
  const unitId = plan.organisations.unit?.id;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="muted">
        {plan.file} · {plan.board ?? 'nämnd saknas'}
        {plan.status === 'imported' && unitId && (
          <>
            {' · '}
            <Link to={paths.plan(plan.year ?? year, unitId)}>Öppna planen</Link>
          </>
        )}
      </p>
      {plan.status === 'failed' ? (
        <p role="alert" className="field-error">
          {plan.error}
        </p>
      ) : (
        <TableScroll label={`Sammanställning för ${title}`}>
          <table className="data-table">
            <caption className="visually-hidden">
              {plan.status === 'preview' ? 'Det här skapas och kopplas' : 'Det här importerades'} för {title}
            </caption>
            <thead>
              <tr>
                <th scope="col">Typ</th>
                <th scope="col" className="num">
                  I dokumentet
                </th>
                <th scope="col" className="num">
                  Nya
                </th>
                <th scope="col" className="num">
                  Kopplade till befintliga
                </th>
                <th scope="col" className="num">
                  Ändrade
                </th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([group, key, label]) => {
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
          <summary>Varningar ({plan.warnings.length})</summary>
          <ul>
            {plan.warnings.map((w) => (
              <li key={`${w.line}-${w.message}`}>
                Rad {w.line}: {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}
