import type { ReactNode } from 'react';
import type { PlanTree } from '../../shared/schemas/plan-tree.ts';
import { GoalChain } from '../components/goal-chain.tsx';
import { PlanEditorShell } from '../components/plan-editor-shell.tsx';
import { useVisibility } from '../hooks/use-visibility.ts';

/** The unit plan: KF's and the board's goals read-only, the unit's goals, targets and activities beneath. */
export function UnitPlanEditor({ planId, crumbs }: { planId: string; crumbs: ReactNode }) {
  return (
    <PlanEditorShell
      planId={planId}
      crumbs={crumbs}
      goals={(tree, refresh) => <UnitGoals tree={tree} refresh={refresh} />}
    />
  );
}

function UnitGoals({ tree, refresh }: { tree: PlanTree; refresh: () => void }) {
  const visibility = useVisibility(tree, refresh);
  return <GoalChain tree={tree} visibility={visibility} onChanged={refresh} />;
}
