import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { followUpEndpoints as ep } from '../../../shared/endpoints/follow-up.ts';
import type { OutcomeHistoryQuery } from '../../../shared/schemas/follow-up.ts';
import { call } from '../../api/client.ts';
import { useFormat } from '../../i18n/format.ts';

/** The append-only history of one outcome, newest first, opened on demand. */
export function OutcomeHistory({
  query,
  caption,
  unit,
}: {
  query: OutcomeHistoryQuery;
  caption: string;
  unit: string;
}) {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  const [open, setOpen] = useState(false);
  const history = useQuery({
    queryKey: ['outcome-history', query],
    queryFn: () => call(ep.listOutcomeHistory, { query }),
    enabled: open,
  });
  return (
    <div className="fu-history">
      <button
        type="button"
        className="button link-button"
        aria-expanded={open}
        onClick={() => setOpen(!open)}
      >
        {open ? t('outcome.hideHistory') : t('outcome.history')}
      </button>
      {open && history.data && history.data.length === 0 && <p className="muted">{t('outcome.noHistory')}</p>}
      {open && history.data && history.data.length > 0 && (
        <table className="data-table compact">
          <caption>{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{t('outcome.revision')}</th>
              <th scope="col">{t('outcome.value')}</th>
              <th scope="col">{t('outcome.status')}</th>
              <th scope="col">{t('outcome.comment')}</th>
              <th scope="col">{t('outcome.savedAt')}</th>
              <th scope="col">{t('outcome.by')}</th>
            </tr>
          </thead>
          <tbody>
            {history.data.map((row) => (
              <tr key={row.id}>
                <th scope="row">{row.revision}</th>
                <td className="num">
                  {row.value == null ? '–' : `${format.number(row.value)} ${unit}`.trim()}
                </td>
                <td>{t(`outcomeStatus.${row.status}`)}</td>
                <td>{row.comment}</td>
                <td>{format.dateTime(row.createdAt)}</td>
                <td>{row.createdBy}</td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {open && history.isError && <p className="field-error">{history.error.message}</p>}
    </div>
  );
}
