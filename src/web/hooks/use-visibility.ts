import { useEffect, useRef, useState } from 'react';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { PlanTree, TreeGoal } from '../../shared/schemas/plan-tree.ts';
import { ApiError, call } from '../api/client.ts';

type Choice = PlanTree['visibility'];

function collect(goals: TreeGoal[], out: { goals: Set<string>; placements: Set<string> }) {
  for (const goal of goals) {
    if (!goal.own && goal.chosen) out.goals.add(goal.id);
    if (!goal.own) for (const ind of goal.indicators) if (ind.shown) out.placements.add(ind.placementId);
    collect(goal.children, out);
  }
  return out;
}

/**
 * Which inherited goals and indicators the plan shows; toggles are optimistic and saved at once, one after the
 * other, each with the stored choice it changes (`expected`). When someone else changed the choice meanwhile the
 * server answers 409: the toggles are undone, the page reloads the stored choice and says so.
 */
export function useVisibility(tree: PlanTree, onChanged: () => void) {
  const [override, setOverride] = useState(new Map<string, boolean>());
  const [error, setError] = useState<string>();
  const stored = useRef<Choice>(tree.visibility);
  const queue = useRef<Promise<void>>(Promise.resolve());
  const pending = useRef(0);
  // A reloaded tree is the server's word once none of our toggles is on its way.
  useEffect(() => {
    if (pending.current === 0) stored.current = tree.visibility;
  }, [tree.visibility]);

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

  const send = async (kind: 'g' | 'p', id: string, on: boolean) => {
    const expected = stored.current;
    const change = (ids: string[]) => (on ? [...new Set([...ids, id])] : ids.filter((x) => x !== id));
    const body =
      kind === 'g'
        ? { goalIds: change(expected.goalIds), expected }
        : { placementIds: change(expected.placementIds), expected };
    try {
      stored.current = await call(endpoints.setPlanVisibility, { params: { id: tree.plan.id }, body });
      setError(undefined);
    } catch (e) {
      if (e instanceof ApiError && e.code === 'CONFLICT' && e.details?.current) {
        stored.current = e.details.current as Choice;
        setOverride(new Map());
      }
      setError(e instanceof Error ? e.message : String(e));
    }
  };

  const toggle = (kind: 'g' | 'p', id: string, on: boolean) => {
    setOverride((prev) => new Map(prev).set(`${kind}:${id}`, on));
    pending.current += 1;
    queue.current = queue.current.then(async () => {
      await send(kind, id, on);
      pending.current -= 1;
      if (pending.current === 0) onChanged();
    });
    return queue.current;
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
