import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback } from 'react';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { GoalRecord } from '../../shared/schemas/goal.ts';
import type { PlacementRecord } from '../../shared/schemas/indicator.ts';
import type { TreeIndicator } from '../../shared/schemas/plan-tree.ts';
import { call } from '../api/client.ts';

export interface FrameworkArea extends GoalRecord {
  indicators: TreeIndicator[];
}
export interface FrameworkDirection extends GoalRecord {
  areas: FrameworkArea[];
}

/** The council's goals for a year with their indicators and KF targets, assembled from the plain resources. */
export function useFramework(year: number, cityId: string) {
  const client = useQueryClient();
  const query = useQuery({
    queryKey: ['framework', year, cityId],
    queryFn: async () => {
      const [goals, indicators, targets] = await Promise.all([
        call(endpoints.listGoals, { query: { year, organisationId: cityId } }),
        call(endpoints.listIndicators, {}),
        call(endpoints.listTargets, { query: { year, organisationId: cityId } }),
      ]);
      const areas = goals.filter((g) => g.level === 'city_area');
      const placements = (
        await Promise.all(areas.map((a) => call(endpoints.listPlacements, { query: { goalId: a.id } })))
      ).flat();
      const indicatorById = new Map(indicators.map((i) => [i.id, i]));
      const toIndicator = (p: PlacementRecord): TreeIndicator | undefined => {
        const ind = indicatorById.get(p.indicatorId);
        if (!ind) return undefined;
        return {
          placementId: p.id,
          indicatorId: ind.id,
          name: ind.name,
          unit: ind.unit,
          valueKind: ind.valueKind,
          direction: 'none',
          periodicity: ind.periodicity,
          genderSplit: false,
          externalId: null,
          shown: true,
          targets: targets
            .filter((t) => t.indicatorId === ind.id)
            .map((t) => ({ ...t, scope: 'own' as const, formatted: '' })),
        };
      };
      const bySort = (a: GoalRecord, b: GoalRecord) => a.sortOrder - b.sortOrder;
      return goals
        .filter((g) => g.level === 'city_direction')
        .sort(bySort)
        .map(
          (d): FrameworkDirection => ({
            ...d,
            areas: areas
              .filter((a) => a.parentId === d.id)
              .sort(bySort)
              .map((a) => ({
                ...a,
                indicators: placements
                  .filter((p) => p.goalId === a.id)
                  .map(toIndicator)
                  .filter((i): i is TreeIndicator => Boolean(i)),
              })),
          }),
        );
    },
  });
  const refresh = useCallback(
    () => client.invalidateQueries({ queryKey: ['framework', year, cityId] }),
    [client, year, cityId],
  );
  return { query, refresh };
}
