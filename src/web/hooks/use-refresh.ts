import { useQueryClient } from '@tanstack/react-query';
import { useCallback, useRef } from 'react';
import { keys } from '../api/queries.ts';

/** Refetches the plan tree shortly after writes settle (preview, completeness, versions). */
export function useTreeRefresh(planId: string) {
  const client = useQueryClient();
  const timer = useRef<ReturnType<typeof setTimeout>>(undefined);
  return useCallback(() => {
    clearTimeout(timer.current);
    timer.current = setTimeout(() => client.invalidateQueries({ queryKey: keys.tree(planId) }), 400);
  }, [client, planId]);
}
