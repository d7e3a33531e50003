import { useQuery } from '@tanstack/react-query';
import i18next from 'i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import { ApiError, call } from './client.ts';

export const municipalityKey = ['municipality'] as const;

export function useMunicipality() {
  return useQuery({ queryKey: municipalityKey, queryFn: () => call(endpoints.getMunicipality, {}) });
}

/** The logo goes up as a form file; the server decides from its bytes whether it is a PNG or an SVG. */
export async function uploadLogo(file: File): Promise<void> {
  let response: Response;
  try {
    const form = new FormData();
    form.set('logo', file);
    response = await fetch('/api/v1/municipality/logo', { method: 'PUT', body: form });
  } catch {
    throw new ApiError(0, 'NETWORK', i18next.t('common:errors.offline'));
  }
  if (response.ok) return;
  const data = await response.json().catch(() => null);
  throw new ApiError(
    response.status,
    data?.code ?? 'INTERNAL',
    data?.message ?? `Servern svarade ${response.status}.`,
    data?.details,
  );
}
