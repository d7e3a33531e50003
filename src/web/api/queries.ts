import { useQuery, useQueryClient } from '@tanstack/react-query';
import { endpoints } from '../../shared/endpoints/index.ts';
import { call } from './client.ts';

export const keys = {
  years: ['years'] as const,
  organisations: (year: number) => ['organisations', year] as const,
  plans: (year: number, organisationId: string) => ['plans', year, organisationId] as const,
  tree: (planId: string) => ['tree', planId] as const,
};

export function useYears() {
  return useQuery({ queryKey: keys.years, queryFn: () => call(endpoints.listYears, {}) });
}

export function useOrganisations(year: number) {
  return useQuery({
    queryKey: keys.organisations(year),
    queryFn: () => call(endpoints.listOrganisations, { query: { year } }),
  });
}

export function usePlans(year: number, organisationId: string) {
  return useQuery({
    queryKey: keys.plans(year, organisationId),
    queryFn: () => call(endpoints.listPlans, { query: { year, organisationId, kind: 'plan' } }),
  });
}

export function usePlanTree(planId: string | undefined) {
  return useQuery({
    queryKey: keys.tree(planId ?? ''),
    queryFn: () => call(endpoints.buildPlanTree, { params: { id: planId ?? '' } }),
    enabled: Boolean(planId),
  });
}

/** Refetches a plan's tree (preview, completeness) after a write; edits in progress are kept by their drafts. */
export function useRefreshTree(planId: string) {
  const client = useQueryClient();
  return () => client.invalidateQueries({ queryKey: keys.tree(planId) });
}
