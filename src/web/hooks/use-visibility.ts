import { useState } from 'react';
import type { PlanTree, TreeGoal } from '../../shared/schemas/plan-tree.ts';
import { put } from '../api/client.ts';

function collect(goals: TreeGoal[], out: { goals: Set<string>; placements: Set<string> }) {
  for (const goal of goals) {
    if (!goal.own && goal.chosen) out.goals.add(goal.id);
    if (!goal.own) for (const ind of goal.indicators) if (ind.shown) out.placements.add(ind.placementId);
    collect(goal.children, out);
  }
  return out;
}

/** Which inherited goals and indicators the plan shows; toggles are optimistic and saved at once. */
export function useVisibility(tree: PlanTree, onChanged: () => void) {
  const [override, setOverride] = useState(new Map<string, boolean>());
  const [error, setError] = useState<string>();
  const base = collect(tree.goals, { goals: new Set(), placements: new Set() });
  const apply = (set: Set<string>, kind: 'g' | 'p') => {
    const next = new Set(set);
    for (const [key, on] of override) {
      if (!key.startsWith(`${kind}:`)) continue;
      if (on) next.add(key.slice(2));
      else next.delete(key.slice(2));
    }
    return next;
  };
  const goals = apply(base.goals, 'g');
  const placements = apply(base.placements, 'p');

  const toggle = async (kind: 'g' | 'p', id: string, on: boolean) => {
    const next = new Map(override).set(`${kind}:${id}`, on);
    setOverride(next);
    const g = new Set(goals);
    const p = new Set(placements);
    const target = kind === 'g' ? g : p;
    if (on) target.add(id);
    else target.delete(id);
    try {
      await put(`/plans/${tree.plan.id}/visibility`, { goalIds: [...g], placementIds: [...p] });
      setError(undefined);
      onChanged();
    } catch (e) {
      setError(e instanceof Error ? e.message : String(e));
    }
  };
  return {
    goalShown: (goal: TreeGoal) => goals.has(goal.id),
    placementShown: (placementId: string, fallback: boolean) =>
      override.has(`p:${placementId}`) ? placements.has(placementId) : fallback,
    toggleGoal: (id: string, on: boolean) => toggle('g', id, on),
    togglePlacement: (id: string, on: boolean) => toggle('p', id, on),
    error,
  };
}

export type Visibility = ReturnType<typeof useVisibility>;
