import { useId } from 'react';
import { useTranslation } from 'react-i18next';
import { CartesianGrid, Legend, Line, LineChart, ResponsiveContainer, Tooltip, XAxis, YAxis } from 'recharts';
import { useFormat } from '../../i18n/format.ts';
import { TableScroll } from '../table-scroll.tsx';
import { type Series, type SeriesRow, seriesRows } from './series.ts';

// Women and men differ in dash pattern as well as colour, so the lines can be told apart without colour.
const LINES = [
  { key: 'T', color: '#0b4f8a', dash: undefined },
  { key: 'K', color: '#a1262b', dash: '6 3' },
  { key: 'M', color: '#1f6f3d', dash: '2 3' },
] as const;

/**
 * One indicator over periods and years: the chart is a picture for sighted readers (hidden from
 * assistive technology), the summary says what it shows, and the table beside it holds every value.
 */
export function IndicatorChart({ series, behind }: { series: Series; behind: boolean }) {
  const { t } = useTranslation(['dashboard', 'follow-up']);
  const format = useFormat();
  const id = useId();
  const rows = seriesRows(series);
  const genders = series.genderSplit ? LINES : LINES.slice(0, 1);
  const value = (n: number | null) => (n == null ? '–' : `${format.number(n)} ${series.unit}`.trim());
  return (
    <figure className="card chart-card" aria-labelledby={`${id}-h`}>
      <h3 id={`${id}-h`} className="chart-h">
        {series.name}
      </h3>
      <p className="chart-summary" id={`${id}-s`}>
        {summary(rows, series.genderSplit, behind, value, t)}
      </p>
      <div className="chart-grid">
        <div className="chart-box" aria-hidden="true">
          <ResponsiveContainer width="100%" height={220}>
            <LineChart
              data={rows}
              margin={{ top: 8, right: 12, bottom: 4, left: 0 }}
              accessibilityLayer={false}
            >
              <CartesianGrid stroke="#e8ecf0" />
              <XAxis dataKey="key" tick={{ fontSize: 12 }} />
              <YAxis tick={{ fontSize: 12 }} width={44} />
              <Tooltip formatter={(v) => value(typeof v === 'number' ? v : null)} />
              <Legend />
              {genders.map((g) => (
                <Line
                  key={g.key}
                  dataKey={g.key}
                  name={t(`follow-up:gender.${g.key}`)}
                  stroke={g.color}
                  strokeDasharray={g.dash}
                  strokeWidth={2}
                  connectNulls
                  isAnimationActive={false}
                />
              ))}
              <Line
                dataKey="target"
                name={t('charts.target')}
                stroke="#46525f"
                strokeDasharray="8 4"
                type="stepAfter"
                dot={false}
                connectNulls
                isAnimationActive={false}
              />
            </LineChart>
          </ResponsiveContainer>
        </div>
        <TableScroll label={t('charts.tableCaption', { name: series.name })}>
          <table className="data-table compact">
            <caption className="visually-hidden">{t('charts.tableCaption', { name: series.name })}</caption>
            <thead>
              <tr>
                <th scope="col">{t('charts.period')}</th>
                {genders.map((g) => (
                  <th scope="col" key={g.key} className="num">
                    {t(`follow-up:gender.${g.key}`)}
                  </th>
                ))}
                <th scope="col" className="num">
                  {t('charts.target')}
                </th>
              </tr>
            </thead>
            <tbody>
              {rows.map((r) => (
                <tr key={r.key}>
                  <th scope="row">{r.key}</th>
                  {genders.map((g) => (
                    <td key={g.key} className="num">
                      {value(r[g.key])}
                    </td>
                  ))}
                  <td className="num">{value(r.target)}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </TableScroll>
      </div>
    </figure>
  );
}

type T = ReturnType<typeof useTranslation>['t'];

/** The chart in words: the latest value, against the target, the split and the trend since the first period. */
function summary(
  rows: SeriesRow[],
  split: boolean,
  behind: boolean,
  value: (n: number | null) => string,
  t: T,
) {
  const withValue = rows.filter((r) => r.T != null);
  const last = withValue.at(-1);
  if (!last) return t('charts.noValue');
  const parts = [t('charts.summary', { period: last.key, value: value(last.T) })];
  if (last.target != null)
    parts.push(
      t('charts.summaryTarget', {
        target: value(last.target),
        verdict: behind ? t('charts.notMet') : t('charts.met'),
      }),
    );
  if (split && (last.K != null || last.M != null))
    parts.push(t('charts.summarySplit', { women: value(last.K), men: value(last.M) }));
  const first = withValue[0]!;
  if (first !== last) {
    const trend = last.T! > first.T! ? 'up' : last.T! < first.T! ? 'down' : 'flat';
    parts.push(t(`charts.summaryTrend_${trend}`, { first: value(first.T), firstPeriod: first.key }));
  }
  return parts.join(' ');
}
