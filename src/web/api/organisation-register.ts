import i18next from 'i18next';
import type { RegisterReport } from '../../shared/schemas/organisation.ts';
import { ApiError } from './client.ts';

export type { RegisterReport };

export const registerExportUrl = (format: 'csv' | 'xlsx') => `/api/v1/organisations/export?format=${format}`;

/**
 * Sends the register file; a file with bad rows answers 400 with the report, which is returned here like
 * a good one (its errors say what to fix), so the page shows every bad row instead of one message.
 */
export async function uploadRegister(file: File, dryRun: boolean): Promise<RegisterReport> {
  let response: Response;
  try {
    const form = new FormData();
    form.set('file', file);
    response = await fetch(`/api/v1/organisations/import${dryRun ? '?dryRun=1' : ''}`, {
      method: 'POST',
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18next.t('common:errors.offline'));
  }
  const data = await response.json().catch(() => null);
  if (response.ok) return data as RegisterReport;
  if (data?.details?.report) return data.details.report as RegisterReport;
  throw new ApiError(
    response.status,
    data?.code ?? 'INTERNAL',
    data?.message ?? `Servern svarade ${response.status}.`,
    data?.details,
  );
}
