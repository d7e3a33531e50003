import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { followUpEndpoints as ep } from '../../../shared/endpoints/follow-up.ts';
import { call } from '../../api/client.ts';
import { useFormat } from '../../i18n/format.ts';
import { TableScroll } from '../table-scroll.tsx';

export interface RollupIndicator {
  indicatorId: string;
  name: string;
  unit: string;
  genderSplit: boolean;
  /** The target as printed ("90 %"), when one applies. */
  target: string | null;
}

interface Props {
  organisationId: string;
  organisationName: string;
  year: number;
  period: string;
  indicators: readonly RollupIndicator[];
}

/** The board's (or city's) value of each indicator, computed now from the units', with how many reported. */
export function RollupTable({ organisationId, organisationName, year, period, indicators }: Props) {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  const rollups = useQueries({
    queries: indicators.map((i) => ({
      queryKey: ['rollup', i.indicatorId, organisationId, year, period],
      queryFn: () =>
        call(ep.getRollup, { query: { indicatorId: i.indicatorId, organisationId, year, period } }),
    })),
  });
  return (
    <TableScroll label={t('review.rollupCaption', { org: organisationName })}>
      <table className="data-table">
        <caption>{t('review.rollupCaption', { org: organisationName })}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.indicator')}</th>
            <th scope="col">{t('outcome.target')}</th>
            <th scope="col">{t('review.value')}</th>
            <th scope="col">{t('review.reported')}</th>
            <th scope="col">{t('review.consolidation')}</th>
          </tr>
        </thead>
        <tbody>
          {indicators.map((indicator, n) => {
            const rollup = rollups[n]?.data;
            return (
              <tr key={indicator.indicatorId}>
                <th scope="row">{indicator.name}</th>
                <td>{indicator.target || '–'}</td>
                <td>
                  {rollup
                    ? rollup.values.map((v) => (
                        <span key={v.gender} className="rollup-value">
                          {indicator.genderSplit && `${t(`gender.${v.gender}`)}: `}
                          {v.value == null ? '–' : `${format.number(v.value)} ${indicator.unit}`.trim()}
                        </span>
                      ))
                    : '…'}
                </td>
                <td>
                  {rollup?.values[0]
                    ? t('review.reportedOf', {
                        reported: rollup.values[0].reported,
                        total: rollup.values[0].reported + rollup.values[0].missing,
                      })
                    : '…'}
                </td>
                <td>{rollup ? t(`review.consolidationKinds.${rollup.consolidation}`) : '…'}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}
