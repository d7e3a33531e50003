import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { TreeGoal } from '../../shared/schemas/plan-tree.ts';
import { call } from '../api/client.ts';
import type { Visibility } from '../hooks/use-visibility.ts';
import { IndicatorTable } from './indicator-table.tsx';

interface Props {
  planId: string;
  goal: TreeGoal;
  context: string;
  organisationId: string;
  year: number;
  visibility: Visibility;
  onSaved: () => void;
}

/**
 * The inherited indicators under a goal that the plan neither shows nor sets a target for. The plan
 * tree leaves them out (at city scale they are most of it); they are fetched when the list is opened.
 * Showing one, or giving it a target, moves it into the goal's own table when the tree refreshes.
 */
export function HiddenIndicators({
  planId,
  goal,
  context,
  organisationId,
  year,
  visibility,
  onSaved,
}: Props) {
  const { t } = useTranslation('plan-goals');
  const [open, setOpen] = useState(false);
  const count = goal.hiddenIndicators ?? 0;
  const list = useQuery({
    queryKey: ['hidden-indicators', planId, goal.id, count],
    queryFn: () =>
      call(endpoints.listHiddenIndicators, { params: { id: planId }, query: { goalId: goal.id } }),
    enabled: open && count > 0,
  });
  if (count === 0) return null;
  return (
    <details className="quiet" onToggle={(e) => setOpen(e.currentTarget.open)}>
      <summary>{t('hidden.summary', { count })}</summary>
      {list.isError ? (
        <p className="field-error">{t('hidden.failed')}</p>
      ) : list.data ? (
        <IndicatorTable
          caption={t('hidden.caption')}
          context={context}
          indicators={list.data}
          organisationId={organisationId}
          year={year}
          visibility={visibility}
          onSaved={onSaved}
        />
      ) : (
        <p className="muted">{t('hidden.loading')}</p>
      )}
    </details>
  );
}
