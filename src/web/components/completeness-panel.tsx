import type { TFunction } from 'i18next';
import { useMemo } from 'react';
import { useTranslation } from 'react-i18next';
import { type CompletenessIssue, checkPlanCompleteness } from '../../domain/completeness.ts';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';

interface Props {
  tree: PlanTree;
  /** Links go to `${linkBase}#anchor`; omit on the editor page itself. */
  linkBase?: string;
}

export function CompletenessList({ tree, linkBase = '' }: Props) {
  const { t } = useTranslation(['plan', 'completeness', 'vocabulary']);
  const issues = useMemo(() => checkPlanCompleteness(tree), [tree]);
  if (issues.length === 0) {
    return (
      <p className="ok">
        <span aria-hidden="true">✓ </span>
        {t('completeness.none')}
      </p>
    );
  }
  return (
    <>
      <p>{t('completeness.intro', { count: issues.length })}</p>
      <ul className="issues">
        {issues.map((issue) => (
          <li key={`${issue.rule}-${issue.anchor}`}>
            <span aria-hidden="true">⚠ </span>
            <a href={`${linkBase}#${issue.anchor}`} onClick={(e) => focusAnchor(e, issue.anchor, linkBase)}>
              {issueText(t, issue)}
            </a>
          </li>
        ))}
      </ul>
    </>
  );
}

/** The issue in the UI language; the domain's Swedish message is the fallback for a key not yet translated. */
function issueText(t: TFunction, issue: CompletenessIssue): string {
  const { key, values } = issue.text;
  if (key === 'planTemplateText') return t(`completeness:planTemplateText.${values.field}`);
  const field = key === 'goalTemplateText' ? t(`vocabulary:goalTextField.${values.field}`) : undefined;
  const title = key === 'emptyBudgetTable' && !values.title ? t('completeness:untitled') : values.title;
  return t(`completeness:${key}`, { ...values, field, title, defaultValue: issue.message });
}

/** On the editor page itself, move focus to the field rather than only scrolling. */
function focusAnchor(event: React.MouseEvent, anchor: string, linkBase: string) {
  if (linkBase) return;
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

export function CompletenessPanel({ tree }: { tree: PlanTree }) {
  const { t } = useTranslation('plan');
  const count = useMemo(() => checkPlanCompleteness(tree).length, [tree]);
  return (
    <details className="completeness card" open={count > 0}>
      <summary>
        <h2 className="inline-h">{t('completeness.heading')}</h2>{' '}
        <span className={`badge ${count ? 'badge-warn' : 'badge-ok'}`}>
          {count === 0 ? t('completeness.complete') : t('completeness.toFix', { count })}
        </span>
      </summary>
      <CompletenessList tree={tree} />
    </details>
  );
}
