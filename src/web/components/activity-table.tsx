import { useTranslation } from 'react-i18next';
import type { TreeActivity } from '../../shared/schemas/plan-tree.ts';
import { TableScroll } from './table-scroll.tsx';

/** Activities owned by someone else (the board), read-only in this plan. */
export function ActivityTable({
  caption,
  context,
  activities,
}: {
  caption: string;
  context: string;
  activities: TreeActivity[];
}) {
  const { t } = useTranslation('plan-goals');
  if (activities.length === 0) return null;
  return (
    <TableScroll label={`${caption}: ${context}`}>
      <table className="data-table">
        <caption>{caption}</caption>
        <thead>
          <tr>
            <th scope="col">{t('activity.name')}</th>
            <th scope="col">{t('activity.start')}</th>
            <th scope="col">{t('activity.end')}</th>
          </tr>
        </thead>
        <tbody>
          {activities.map((a) => (
            <tr key={a.id}>
              <th scope="row">{a.title}</th>
              <td className="nowrap">{a.startDate}</td>
              <td className="nowrap">{a.endDate}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}
