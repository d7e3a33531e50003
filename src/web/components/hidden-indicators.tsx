import { useQuery } from '@tanstack/react-query';
import { useState } from 'react';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { TreeGoal } from '../../shared/schemas/plan-tree.ts';
import { call } from '../api/client.ts';
import type { Visibility } from '../hooks/use-visibility.ts';
import { IndicatorTable } from './indicator-table.tsx';

const text = {
  summary: (n: number) => `Fler indikatorer att välja bland (${n})`,
  caption: 'Indikatorer som inte visas i planen',
  loading: 'Hämtar indikatorerna …',
  failed: 'Indikatorerna kunde inte hämtas. Stäng och öppna listan igen.',
};

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
      <summary>{text.summary(count)}</summary>
      {list.isError ? (
        <p className="field-error">{text.failed}</p>
      ) : list.data ? (
        <IndicatorTable
          caption={text.caption}
          context={context}
          indicators={list.data}
          organisationId={organisationId}
          year={year}
          visibility={visibility}
          onSaved={onSaved}
        />
      ) : (
        <p className="muted">{text.loading}</p>
      )}
    </details>
  );
}
