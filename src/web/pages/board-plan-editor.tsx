import type { ReactNode } from 'react';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';
import { useOrganisations } from '../api/queries.ts';
import { BoardGoalChain } from '../components/board-goal-chain.tsx';
import { PlanEditorShell } from '../components/plan-editor-shell.tsx';

/** The board plan: board goals under KF's area goals, indicators and targets per unit, assigned activities. */
export function BoardPlanEditor({ planId, crumbs }: { planId: string; crumbs: ReactNode }) {
  return (
    <PlanEditorShell
      planId={planId}
      crumbs={crumbs}
      goals={(tree, refresh) => <BoardGoals tree={tree} refresh={refresh} />}
    />
  );
}

function BoardGoals({ tree, refresh }: { tree: PlanTree; refresh: () => void }) {
  const orgs = useOrganisations(tree.plan.year);
  const units = (orgs.data ?? []).filter((o) => o.parentId === tree.organisation.id);
  return <BoardGoalChain tree={tree} units={units} onChanged={refresh} />;
}
