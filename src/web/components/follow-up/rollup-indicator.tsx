import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { followUpEndpoints as ep } from '../../../shared/endpoints/follow-up.ts';
import type { ReportIndicator } from '../../../shared/schemas/follow-up-views.ts';
import { call } from '../../api/client.ts';
import { useFormat } from '../../i18n/format.ts';
import type { OutcomeScope } from './outcome-editor.tsx';

/**
 * A consolidated indicator at a board or the city: the value is computed now from the units' latest
 * values, so it is shown (with how many units reported and how many are missing), never typed over.
 */
export function RollupIndicator({ scope, indicator }: { scope: OutcomeScope; indicator: ReportIndicator }) {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  const rollup = useQuery({
    queryKey: ['rollup', indicator.indicatorId, scope.organisationId, scope.year, scope.period],
    queryFn: () =>
      call(ep.getRollup, {
        query: {
          indicatorId: indicator.indicatorId,
          organisationId: scope.organisationId,
          year: scope.year,
          period: scope.period,
        },
      }),
  });
  const target = (gender: string) => indicator.outcomes.find((o) => o.gender === gender)?.target?.formatted;
  return (
    <div className="fu-indicator fu-rollup" data-testid={`rollup-${indicator.indicatorId}`}>
      <p className="fu-indicator-name">
        <strong>{indicator.name}</strong>
        {indicator.unit && <span className="muted"> ({indicator.unit})</span>}
      </p>
      <p className="field-hint">
        {t('rollup.computed', { kind: t(`review.consolidationKinds.${indicator.consolidation}`) })}
      </p>
      {rollup.isError && <p className="field-error">{t('page.failed', { message: rollup.error.message })}</p>}
      {!rollup.data ? (
        !rollup.isError && <p className="loading">…</p>
      ) : (
        <dl className="fu-rollup-values">
          {rollup.data.values.map((v) => (
            <div key={v.gender}>
              <dt>{indicator.genderSplit ? t(`gender.${v.gender}`) : t('outcome.value')}</dt>
              <dd>
                {v.value == null ? t('rollup.noValue') : `${format.number(v.value)} ${indicator.unit}`.trim()}
                {target(v.gender) && (
                  <span className="muted"> ({t('rollup.target', { target: target(v.gender) })})</span>
                )}{' '}
                <span className={v.missing > 0 ? 'cmp cmp-not_met' : 'cmp cmp-met'}>
                  {t('rollup.reported', { reported: v.reported, missing: v.missing })}
                </span>
              </dd>
            </div>
          ))}
        </dl>
      )}
    </div>
  );
}
