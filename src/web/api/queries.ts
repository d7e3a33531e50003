import { useQuery, useQueryClient } from '@tanstack/react-query';
import { get } from './client.ts';
import type { Organisation, PlanSummary, PlanTree, PlanYear } from './types.ts';

export const keys = {
  years: ['years'] as const,
  organisations: (year: number) => ['organisations', year] as const,
  plans: (year: number, organisationId: string) => ['plans', year, organisationId] as const,
  tree: (planId: string) => ['tree', planId] as const,
};

export function useYears() {
  return useQuery({ queryKey: keys.years, queryFn: () => get<PlanYear[]>('/years') });
}

export function useOrganisations(year: number) {
  return useQuery({
    queryKey: keys.organisations(year),
    queryFn: () => get<Organisation[]>(`/organisations?year=${year}`),
  });
}

export function usePlans(year: number, organisationId: string) {
  return useQuery({
    queryKey: keys.plans(year, organisationId),
    queryFn: () => get<PlanSummary[]>(`/plans?year=${year}&organisationId=${organisationId}&kind=plan`),
  });
}

export function usePlanTree(planId: string | undefined) {
  return useQuery({
    queryKey: keys.tree(planId ?? ''),
    queryFn: () => get<PlanTree>(`/plans/${planId}/tree`),
    enabled: Boolean(planId),
  });
}

/** Refetches a plan's tree (preview, completeness) after a write; edits in progress are kept by their drafts. */
export function useRefreshTree(planId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.tree(planId) });
}
