import { useTranslation } from 'react-i18next';
import type { FollowUpTree } from '../../../shared/schemas/follow-up-views.ts';
import { TableScroll } from '../table-scroll.tsx';
import { MonthForecastCell } from './month-forecast-cell.tsx';

/** The month's name in the page's language ("januari"), from its YYYY-MM period. */
function monthName(period: string, language: string): string {
  const [year, month] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(language, { month: 'long', timeZone: 'UTC' }).format(
    new Date(Date.UTC(year!, month! - 1, 1)),
  );
}

/** Per budget table, the full-year forecast as made in each month the report covers. */
export function MonthForecasts({ tree, onSaved }: { tree: FollowUpTree; onSaved: () => void }) {
  const { t, i18n } = useTranslation('follow-up');
  const months = tree.budgetTables[0]?.rows[0]?.months.map((m) => m.period) ?? [];
  if (months.length === 0) return null;
  const names = new Map(months.map((m) => [m, monthName(m, i18n.language)]));
  return (
    <div className="fu-months">
      <h3>{t('months.heading')}</h3>
      <p className="muted">{t('months.lead')}</p>
      {tree.budgetTables.map((table) => {
        const caption = t('months.caption', { table: table.title || t('economy.heading') });
        return (
          <TableScroll key={table.id} label={caption}>
            <table className="data-table fu-forecast-table">
              <caption>{caption}</caption>
              <thead>
                <tr>
                  <th scope="col">{t('economy.row')}</th>
                  {months.map((m) => (
                    <th scope="col" key={m}>
                      {names.get(m)}
                    </th>
                  ))}
                </tr>
              </thead>
              <tbody>
                {table.rows.map((row) => (
                  <tr key={row.id}>
                    <th scope="row">{row.label}</th>
                    {months.map((m) => (
                      <MonthForecastCell
                        key={m}
                        reportId={tree.report.id}
                        row={row}
                        month={m}
                        monthName={names.get(m)!}
                        threshold={tree.threshold}
                        onSaved={onSaved}
                      />
                    ))}
                  </tr>
                ))}
              </tbody>
            </table>
          </TableScroll>
        );
      })}
    </div>
  );
}
