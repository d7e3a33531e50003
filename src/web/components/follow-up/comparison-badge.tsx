import { useTranslation } from 'react-i18next';
import type { TargetComparison } from '../../../shared/vocabulary.ts';

const ICON: Record<TargetComparison, string> = { met: '✓', not_met: '✗', no_target: '–', no_value: '…' };

/** Outcome against target as colour, a symbol and words: never colour alone. */
export function ComparisonBadge({ comparison }: { comparison: TargetComparison }) {
  const { t } = useTranslation('follow-up');
  return (
    <span className={`cmp cmp-${comparison}`}>
      <span aria-hidden="true">{ICON[comparison]} </span>
      {t(`comparison.${comparison}`)}
    </span>
  );
}
