import { useTranslation } from 'react-i18next';
import type { FollowUpTree } from '../../../shared/schemas/follow-up-views.ts';
import { useFormat } from '../../i18n/format.ts';
import { TableScroll } from '../table-scroll.tsx';
import { ForecastRow } from './forecast-row.tsx';
import { MonthForecasts } from './month-forecasts.tsx';

/** Each budget table with a forecast per row (and the outcome at VB), the deviation and its comment. */
export function EconomySection({ tree, onSaved }: { tree: FollowUpTree; onSaved: () => void }) {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  if (!tree.budgetTables.length) return null;
  const annual = tree.report.period === 'VB';
  return (
    <section className="card fu-economy" aria-labelledby="fu-ekonomi" id="ekonomi">
      <h2 id="fu-ekonomi">{t('economy.heading')}</h2>
      <p>{annual ? t('economy.introVb') : t('economy.intro')}</p>
      <p className="muted">
        {tree.threshold == null
          ? t('economy.noThreshold')
          : t('economy.threshold', { amount: format.amount(tree.threshold) })}
      </p>
      {tree.budgetTables.map((table) => (
        <TableScroll key={table.id} label={table.title || t('economy.heading')}>
          <table className="data-table fu-forecast-table">
            <caption>{table.title || t('economy.heading')}</caption>
            <thead>
              <tr>
                <th scope="col">{t('economy.row')}</th>
                <th scope="col" className="num">
                  {t('economy.budget')}
                </th>
                <th scope="col">{t('economy.forecast')}</th>
                {annual && <th scope="col">{t('economy.outcome')}</th>}
                <th scope="col" className="num">
                  {t('economy.deviation')}
                </th>
                <th scope="col">{t('economy.comment')}</th>
              </tr>
            </thead>
            <tbody>
              {table.rows.map((row) => (
                <ForecastRow
                  key={row.id}
                  reportId={tree.report.id}
                  period={tree.report.period}
                  row={row}
                  annual={annual}
                  onSaved={onSaved}
                />
              ))}
            </tbody>
            <tfoot>
              <tr>
                <th scope="row">{t('economy.net')}</th>
                <td className="num">{format.amount(table.summary.budget.net)}</td>
                <td className="num">
                  {table.summary.forecast ? format.amount(table.summary.forecast.net) : '–'}
                </td>
                {annual && (
                  <td className="num">
                    {table.summary.outcome ? format.amount(table.summary.outcome.net) : '–'}
                  </td>
                )}
                <td className="num">
                  {table.summary.deviation == null ? '–' : format.amount(table.summary.deviation)}
                </td>
                <td />
              </tr>
            </tfoot>
          </table>
        </TableScroll>
      ))}
      <MonthForecasts tree={tree} onSaved={onSaved} />
    </section>
  );
}
