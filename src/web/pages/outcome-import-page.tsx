import { useQueryClient } from '@tanstack/react-query';
import i18next from 'i18next';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import type { OutcomeImportReport } from '../../shared/schemas/follow-up-views.ts';
import { ApiError } from '../api/client.ts';
import { FileErrorsTable } from '../components/file-errors-table.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

const ACCEPT = '.csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet';

/** The file goes as multipart, as the plan import sends it; the server decodes CSV (UTF-8 or Windows-1252) or XLSX. */
async function upload(file: File, dryRun: boolean): Promise<OutcomeImportReport> {
  const form = new FormData();
  form.append('file', file, file.name);
  let response: Response;
  try {
    response = await fetch(`/api/v1/outcomes/import${dryRun ? '?dryRun=1' : ''}`, {
      method: 'POST',
      body: form,
    });
  } catch {
    throw new ApiError(0, 'NETWORK', i18next.t('imports:page.offline'));
  }
  const data = await response.json().catch(() => null);
  // A file with bad rows answers with the report (every error listed) as well as an error status.
  if (data && Array.isArray(data.errors)) return data as OutcomeImportReport;
  if (data?.details && Array.isArray(data.details.errors)) return data.details as OutcomeImportReport;
  if (!response.ok)
    throw new ApiError(
      response.status,
      data?.code ?? 'INTERNAL',
      data?.message ?? `Servern svarade ${response.status}.`,
    );
  return data as OutcomeImportReport;
}

/** Bulk outcomes from a CSV or XLSX file: preview what changes, then write all rows or none. */
export default function OutcomeImportPage() {
  const { t } = useTranslation('follow-up');
  const year = Number(useParams().year);
  useDocumentTitle(t('upload.title'));
  const client = useQueryClient();
  const inputId = useId();
  const [file, setFile] = useState<File>();
  const [busy, setBusy] = useState(false);
  const [result, setResult] = useState<{ report: OutcomeImportReport; dryRun: boolean }>();
  const [error, setError] = useState<string>();

  const run = async (dryRun: boolean) => {
    if (!file) {
      setError(t('upload.noFile'));
      return;
    }
    setBusy(true);
    setError(undefined);
    try {
      const report = await upload(file, dryRun);
      setResult({ report, dryRun });
      if (!dryRun && report.errors.length === 0) await client.invalidateQueries();
    } catch (e) {
      setError(t('upload.failed', { message: e instanceof Error ? e.message : String(e) }));
    } finally {
      setBusy(false);
    }
  };

  const report = result?.report;
  const ok = report && report.errors.length === 0;
  return (
    <div className="page stack">
      <h1>{t('upload.title')}</h1>
      <p className="lead">{t('upload.lead')}</p>
      <section className="card" aria-labelledby="utfall-mall">
        <h2 id="utfall-mall">{t('upload.exportHeading')}</h2>
        <p className="muted">{t('upload.columns')}</p>
        <p className="button-row">
          <a className="button" href={`/api/v1/outcomes/export?year=${year}&format=csv`} download>
            {t('upload.exportCsv', { year })}
          </a>
          <a className="button" href={`/api/v1/outcomes/export?year=${year}&format=xlsx`} download>
            {t('upload.exportXlsx', { year })}
          </a>
        </p>
      </section>
      <section className="card stack" aria-labelledby="utfall-fil">
        <h2 id="utfall-fil">{t('upload.fileHeading')}</h2>
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            {t('upload.fileLabel')}
          </label>
          <span className="field-hint" id={`${inputId}-hint`}>
            {t('upload.fileHint')}
          </span>
          <input
            id={inputId}
            type="file"
            accept={ACCEPT}
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => {
              setFile(e.target.files?.[0]);
              setResult(undefined);
              setError(undefined);
            }}
          />
        </div>
        <div className="button-row">
          <button type="button" className="button" disabled={busy} onClick={() => run(true)}>
            {t('upload.preview')}
          </button>
          <button
            type="button"
            className="button primary"
            disabled={busy || !(result?.dryRun && ok)}
            onClick={() => run(false)}
          >
            {t('upload.apply')}
          </button>
        </div>
        {error && (
          <p className="field-error" role="alert">
            {error}
          </p>
        )}
      </section>
      {report && (
        <section className="card stack" aria-labelledby="utfall-resultat" aria-live="polite">
          <h2 id="utfall-resultat">
            {!ok
              ? t('upload.errorsHeading')
              : result.dryRun
                ? t('upload.previewHeading')
                : t('upload.doneHeading')}
          </h2>
          <p>{t('upload.summary', report)}</p>
          {!ok && (
            <FileErrorsTable
              errors={report.errors}
              caption={t('upload.errorsCaption')}
              headers={{ row: t('upload.row'), column: t('upload.column'), message: t('upload.message') }}
            />
          )}
        </section>
      )}
    </div>
  );
}
