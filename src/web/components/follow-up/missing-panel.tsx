import { useTranslation } from 'react-i18next';
import type { FollowUpTree, MissingItem, ReportGoal } from '../../../shared/schemas/follow-up-views.ts';

/** The element where a missing item is fixed: the outcome row, the assessment, the activity or the budget row. */
export function missingAnchor(tree: FollowUpTree, item: MissingItem): string {
  switch (item.kind) {
    case 'assessment':
      return `bedomning-${item.goalId ?? item.refId}`;
    case 'activity':
      return `aktivitet-${item.refId}`;
    case 'forecast':
      return `prognos-${item.refId}-forecast`;
    case 'deviationComment':
      return `prognos-${item.refId}-kommentar`;
    case 'outcome': {
      const placement = findPlacement(tree.goals, item);
      return placement ? `utfall-${placement}-${item.gender ?? 'T'}-value` : `mal-${item.goalId}`;
    }
  }
}

/** The refId of an outcome item may name the indicator or its placement; the goal narrows it when given. */
function findPlacement(goals: readonly ReportGoal[], item: MissingItem): string | undefined {
  for (const goal of goals) {
    if (!item.goalId || goal.id === item.goalId) {
      const hit = goal.indicators.find((i) => i.indicatorId === item.refId || i.placementId === item.refId);
      if (hit && goal.shown) return hit.placementId;
    }
    const below = findPlacement(goal.children, item);
    if (below) return below;
  }
  return undefined;
}

function focusAnchor(event: React.MouseEvent, anchor: string) {
  const target = document.getElementById(anchor);
  if (!target) return;
  event.preventDefault();
  history.replaceState(null, '', `#${anchor}`);
  target.scrollIntoView({ block: 'center' });
  const focusable = target.matches('input, textarea, select, [contenteditable], button')
    ? target
    : target.querySelector<HTMLElement>('input, [contenteditable], textarea, select, button');
  (focusable ?? target).focus({ preventScroll: true });
}

/** What is still missing before the report can be submitted, each a link to where it is fixed. */
export function MissingPanel({ tree }: { tree: FollowUpTree }) {
  const { t } = useTranslation('follow-up');
  const { missing } = tree.completeness;
  return (
    <details className="completeness card" open={missing.length > 0}>
      <summary>
        <h2 className="inline-h">{t('missing.heading')}</h2>{' '}
        <span className={`badge ${missing.length ? 'badge-warn' : 'badge-ok'}`}>
          {missing.length === 0 ? t('missing.complete') : t('missing.count', { count: missing.length })}
        </span>
      </summary>
      {missing.length === 0 ? (
        <p className="ok">
          <span aria-hidden="true">✓ </span>
          {t('missing.none')}
        </p>
      ) : (
        <>
          <p>{t('missing.intro')}</p>
          <ul className="issues">
            {missing.map((item) => {
              const anchor = missingAnchor(tree, item);
              return (
                <li key={`${item.kind}-${item.refId}-${item.gender ?? ''}-${item.goalId ?? ''}`}>
                  <span aria-hidden="true">⚠ </span>
                  <a href={`#${anchor}`} onClick={(e) => focusAnchor(e, anchor)}>
                    {item.message}
                  </a>
                </li>
              );
            })}
          </ul>
        </>
      )}
    </details>
  );
}
