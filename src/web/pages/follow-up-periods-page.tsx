import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { followUpEndpoints as ep } from '../../shared/endpoints/follow-up.ts';
import type { FollowUpPeriodRecord } from '../../shared/schemas/follow-up.ts';
import { call } from '../api/client.ts';
import { TableScroll } from '../components/table-scroll.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useFormat } from '../i18n/format.ts';

const LEVELS = ['unit', 'board', 'city'] as const;
type Level = (typeof LEVELS)[number];

/** The year's periods with each level's last day to report; the city moves them, bottom-up. */
export default function FollowUpPeriodsPage() {
  const { t } = useTranslation('periods');
  const year = Number(useParams().year);
  useDocumentTitle(t('title', { year }));
  // Creating the year's missing periods (with default dates) is idempotent; existing deadlines stay.
  const periods = useQuery({
    queryKey: ['follow-up-periods', year],
    queryFn: () => call(ep.ensureFollowUpPeriods, { body: { year } }),
  });
  const reports = periods.data?.filter((p) => !p.period.includes('-')) ?? [];
  const months = periods.data?.filter((p) => p.period.includes('-')) ?? [];
  return (
    <div className="page stack">
      <h1>{t('title', { year })}</h1>
      <p>{t('lead')}</p>
      {periods.error && (
        <p className="field-error" role="alert">
          {periods.error.message}
        </p>
      )}
      {periods.data && (
        <>
          <PeriodTable caption={t('reports', { year })} periods={reports} />
          <PeriodTable caption={t('months', { year })} periods={months} />
        </>
      )}
    </div>
  );
}

function PeriodTable({ caption, periods }: { caption: string; periods: FollowUpPeriodRecord[] }) {
  const { t } = useTranslation('periods');
  if (periods.length === 0) return null;
  return (
    <TableScroll label={caption}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('period')}</th>
            <th scope="col">{t('covers')}</th>
            {LEVELS.map((level) => (
              <th scope="col" key={level}>
                {t(level)}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">{t('save')}</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {periods.map((p) => (
            <PeriodRow key={p.id} period={p} />
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function usePeriodName(period: string): string {
  const { t, i18n } = useTranslation('follow-up');
  if (!period.includes('-')) return t(`period.${period as 'T1'}`);
  const [y, m] = period.split('-').map(Number);
  return new Intl.DateTimeFormat(i18n.language, { month: 'long', year: 'numeric', timeZone: 'UTC' }).format(
    new Date(Date.UTC(y!, m! - 1, 1)),
  );
}

function PeriodRow({ period }: { period: FollowUpPeriodRecord }) {
  const { t } = useTranslation('periods');
  const format = useFormat();
  const client = useQueryClient();
  const name = usePeriodName(period.period);
  const [dates, setDates] = useState<Record<Level, string>>({
    unit: period.unitDeadline,
    board: period.boardDeadline,
    city: period.cityDeadline,
  });
  const [saved, setSaved] = useState(false);
  const save = useAction();
  const errorId = `period-error-${period.id}`;
  // The rule is an order between the three days, so a refused order puts all three in question.
  const invalid = Object.keys(save.fieldErrors).length > 0;
  const submit = async () => {
    setSaved(false);
    const done = await save.run(() =>
      call(ep.updateFollowUpPeriod, {
        params: { id: period.id },
        body: {
          version: period.version,
          unitDeadline: dates.unit,
          boardDeadline: dates.board,
          cityDeadline: dates.city,
        },
      }),
    );
    if (!done) return;
    setSaved(true);
    await client.invalidateQueries({ queryKey: ['follow-up-periods', period.year] });
  };
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        {format.date(period.startsOn)} – {format.date(period.endsOn)}
      </td>
      {LEVELS.map((level) => (
        <td key={level}>
          <input
            type="date"
            value={dates[level]}
            required
            aria-label={t('deadlineFor', { level: t(level), period: name })}
            aria-invalid={invalid || undefined}
            aria-describedby={save.error ? errorId : undefined}
            onChange={(e) => setDates((d) => ({ ...d, [level]: e.target.value }))}
          />
        </td>
      ))}
      <td>
        <button
          type="button"
          className="button"
          disabled={save.pending}
          aria-label={t('saveFor', { period: name })}
          onClick={submit}
        >
          {t('save')}
        </button>
        {save.error && (
          <p className="field-error" id={errorId} role="alert">
            {save.error}
          </p>
        )}
        {saved && !save.error && <p role="status">{t('saved', { period: name })}</p>}
      </td>
    </tr>
  );
}
