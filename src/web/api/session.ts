import { useQuery, useQueryClient } from '@tanstack/react-query';
import { endpoints } from '../../shared/endpoints/index.ts';
import { call } from './client.ts';

export const sessionKey = ['session'] as const;

/** Who is signed in; the sign-in page and the header read it. A 401 means nobody (data undefined). */
export function useSession() {
  return useQuery({
    queryKey: sessionKey,
    queryFn: () => call(endpoints.getSession, {}).catch(() => null),
    staleTime: 5 * 60_000,
  });
}

export function useSignInOptions() {
  return useQuery({
    queryKey: ['sign-in-options'],
    queryFn: () => call(endpoints.getSignInOptions, {}),
  });
}

/** Signs out and leaves for the sign-in page with nothing of the last person's data in the cache. */
export function useSignOut() {
  const client = useQueryClient();
  return async () => {
    await call(endpoints.signOut, {}).catch(() => undefined);
    client.clear();
    window.location.assign('/logga-in');
  };
}
