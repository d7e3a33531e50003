import { useQuery, useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { followUpEndpoints as ep } from '../../shared/endpoints/follow-up.ts';
import type { ReportPeriod } from '../../shared/vocabulary.ts';
import { call } from './client.ts';

export const followUpKeys = {
  report: (orgId: string, year: number, period: string) => ['report', orgId, year, period] as const,
  tree: (reportId: string) => ['report-tree', reportId] as const,
  review: (orgId: string, year: number, period: string) => ['board-review', orgId, year, period] as const,
  dashboard: (orgId: string, year: number, period: string) => ['dashboard', orgId, year, period] as const,
};

/** The organisation's T1/T2/VB report of a year, or null while none has been started. */
export function useFollowUpReport(organisationId: string, year: number, period: ReportPeriod) {
  return useQuery({
    queryKey: followUpKeys.report(organisationId, year, period),
    queryFn: () => call(ep.findFollowUpReport, { query: { organisationId, year, period } }),
    enabled: Boolean(organisationId),
  });
}

export function useFollowUpTree(reportId: string | undefined) {
  return useQuery({
    queryKey: followUpKeys.tree(reportId ?? ''),
    queryFn: () => call(ep.getFollowUpTree, { params: { id: reportId ?? '' } }),
    enabled: Boolean(reportId),
  });
}

/** Refetches the report (completeness, deviations, versions) shortly after writes settle. */
export function useFollowUpRefresh(reportId: string) {
  const client = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  return useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(
      () => client.invalidateQueries({ queryKey: followUpKeys.tree(reportId) }),
      400,
    );
  }, [client, reportId]);
}

export function useBoardReview(organisationId: string, year: number, period: ReportPeriod) {
  return useQuery({
    queryKey: followUpKeys.review(organisationId, year, period),
    queryFn: () => call(ep.getBoardReview, { query: { organisationId, year, period } }),
    enabled: Boolean(organisationId),
  });
}

export function useDashboard(organisationId: string, year: number, period: ReportPeriod) {
  return useQuery({
    queryKey: followUpKeys.dashboard(organisationId, year, period),
    queryFn: () => call(ep.getDashboard, { query: { organisationId, year, period } }),
    enabled: Boolean(organisationId),
  });
}
