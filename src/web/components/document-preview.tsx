// The plan as the printed document shows it, so its text stays in the municipality's language (Swedish)
// whatever language the person reads the UI in; the hard-coded-text test skips this file for that reason.
import { summariseBudget } from '../../domain/budget.ts';
import type { PlanTree, TreeGoal, TreeIndicator } from '../../shared/schemas/plan-tree.ts';
import { GOAL_TEXT_FIELD_LABEL, GOAL_TEXT_FIELDS, PERIODICITY_LABEL } from '../../shared/vocabulary.ts';
import { formatNumber, goalHeading } from '../lib/format.ts';
import { Prose } from './prose.tsx';

export function DocumentPreview({ tree, label }: { tree: PlanTree; label: string }) {
  const { plan } = tree;
  const intro = tree.sections.filter((s) => s.part === 'intro');
  const other = tree.sections.filter((s) => s.part === 'other');
  return (
    <article className="document" aria-label={label}>
      <div className="doc-letterhead">
        {plan.dnr && <p>Dnr: {plan.dnr}</p>}
        {plan.documentDate && <p>{plan.documentDate}</p>}
        {plan.author && (
          <p>
            Handläggare
            <br />
            {plan.author}
            {plan.phone && (
              <>
                <br />
                Telefon: {plan.phone}
              </>
            )}
          </p>
        )}
        {plan.addressee && (
          <p>
            Till
            <br />
            {plan.addressee}
          </p>
        )}
      </div>
      <p className="doc-title">{plan.title || `Verksamhetsplan ${plan.year}`}</p>
      <p className="doc-subtitle">{tree.organisation.name}</p>
      {intro.length > 0 && <p className="doc-h1">Inledning</p>}
      {intro.map((s) => (
        <div key={s.id}>
          <p className="doc-h2">{s.heading}</p>
          <Prose markdown={s.body} />
        </div>
      ))}
      {tree.goals
        .filter((g) => g.shown)
        .map((g) => (
          <PreviewGoal key={g.id} goal={g} />
        ))}
      <p className="doc-h1">Redovisning av ekonomi</p>
      <p className="doc-h2">Resursanvändning</p>
      <Prose markdown={plan.economyText} />
      <p className="doc-h2">Budget {plan.year}</p>
      <Prose markdown={plan.budgetText} />
      {tree.budgetTables.map((t) => {
        const s = summariseBudget(t.rows);
        return (
          <table key={t.id} className="doc-table">
            <caption>{t.title}</caption>
            <tbody>
              {t.rows.map((r) => (
                <tr key={r.id}>
                  <td>{r.label}</td>
                  <td className="num">{formatNumber(r.groupKind === 'cost' ? -r.budget : r.budget)}</td>
                </tr>
              ))}
              <tr className="strong">
                <td>Netto ({t.amountUnit || 'tkr'})</td>
                <td className="num">{formatNumber(s.budget.net)}</td>
              </tr>
            </tbody>
          </table>
        );
      })}
      {other.length > 0 && <p className="doc-h1">Övrigt</p>}
      {other.map((s) => (
        <div key={s.id}>
          <p className="doc-h2">{s.heading}</p>
          <Prose markdown={s.body} />
        </div>
      ))}
    </article>
  );
}

function PreviewGoal({ goal }: { goal: TreeGoal }) {
  const cls = goal.level === 'city_direction' ? 'doc-h1' : goal.level === 'city_area' ? 'doc-h2' : 'doc-h3';
  const indicators = goal.indicators.filter((i) => i.shown);
  return (
    <div className={`doc-goal level-${goal.level}`}>
      <p className={cls}>{goalHeading(goal, 'sv')}</p>
      {GOAL_TEXT_FIELDS.map((field) => (
        <Prose
          key={field}
          label={goal[field] ? GOAL_TEXT_FIELD_LABEL[field] : undefined}
          markdown={goal[field]}
        />
      ))}
      {indicators.length > 0 && <PreviewIndicators indicators={indicators} />}
      {goal.activities.length > 0 && (
        <table className="doc-table">
          <thead>
            <tr>
              <th>Aktivitet</th>
              <th>Start</th>
              <th>Slut</th>
            </tr>
          </thead>
          <tbody>
            {goal.activities.map((a) => (
              <tr key={a.id}>
                <td>{a.title}</td>
                <td className="nowrap">{a.startDate}</td>
                <td className="nowrap">{a.endDate}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {goal.children
        .filter((c) => c.shown)
        .map((c) => (
          <PreviewGoal key={c.id} goal={c} />
        ))}
    </div>
  );
}

function PreviewIndicators({ indicators }: { indicators: TreeIndicator[] }) {
  const pick = (i: TreeIndicator, scope: string) => i.targets.find((t) => t.scope === scope)?.formatted ?? '';
  return (
    <table className="doc-table">
      <thead>
        <tr>
          <th>Indikator</th>
          <th>Årsmål</th>
          <th>KF:s årsmål</th>
          <th>Periodicitet</th>
        </tr>
      </thead>
      <tbody>
        {indicators.map((i) => (
          <tr key={i.placementId}>
            <td>{i.name}</td>
            <td>{pick(i, 'own') || pick(i, 'board')}</td>
            <td>{pick(i, 'city')}</td>
            <td>{PERIODICITY_LABEL[i.periodicity]}</td>
          </tr>
        ))}
      </tbody>
    </table>
  );
}
