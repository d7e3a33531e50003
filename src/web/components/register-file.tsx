import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { type RegisterReport, registerExportUrl, uploadRegister } from '../api/organisation-register.ts';
import { FileErrorsTable } from './file-errors-table.tsx';

/** Download the register as CSV/XLSX, upload a changed file, see what it would do, then apply it. */
export function RegisterFile({ onApplied }: { onApplied: (message: string) => Promise<void> }) {
  const { t } = useTranslation('register');
  const id = useId();
  const [file, setFile] = useState<File>();
  const [report, setReport] = useState<RegisterReport>();
  const [error, setError] = useState<string>();
  const [pending, setPending] = useState(false);

  const send = async (dryRun: boolean) => {
    if (!file) {
      setError(t('file.chooseFirst'));
      return;
    }
    setPending(true);
    setError(undefined);
    try {
      const result = await uploadRegister(file, dryRun);
      setReport(result);
      if (!dryRun && result.errors.length === 0) {
        setReport(undefined);
        setFile(undefined);
        await onApplied(`${t('file.applied')} ${t('file.report', result)}`);
      }
    } catch (e) {
      setError((e as Error).message);
    } finally {
      setPending(false);
    }
  };
  const canApply = report && report.errors.length === 0 && report.created + report.changed > 0;

  return (
    <section className="stack register-file" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`}>{t('file.heading')}</h2>
      <p className="button-row">
        <a className="button" href={registerExportUrl('csv')} download>
          {t('file.exportCsv')}
        </a>
        <a className="button" href={registerExportUrl('xlsx')} download>
          {t('file.exportXlsx')}
        </a>
      </p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-file`}>
          {t('file.importLabel')}
        </label>
        <span className="field-hint" id={`${id}-hint`}>
          {t('file.importHint')}
        </span>
        <input
          id={`${id}-file`}
          type="file"
          accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
          aria-describedby={`${id}-hint`}
          onChange={(e) => {
            setFile(e.target.files?.[0]);
            setReport(undefined);
          }}
        />
      </div>
      <div className="button-row">
        <button type="button" className="button" disabled={pending} onClick={() => void send(true)}>
          {t('file.check')}
        </button>
        {canApply && (
          <button
            type="button"
            className="button primary"
            disabled={pending}
            onClick={() => void send(false)}
          >
            {t('file.apply')}
          </button>
        )}
      </div>
      {error && (
        <p className="field-error" role="alert">
          {error}
        </p>
      )}
      <div aria-live="polite">{report && <RegisterPreview report={report} />}</div>
    </section>
  );
}

function RegisterPreview({ report }: { report: RegisterReport }) {
  const { t } = useTranslation('register');
  const nothing = report.errors.length === 0 && report.created + report.changed === 0;
  return (
    <div className="stack">
      <h3>{t('file.previewHeading')}</h3>
      <p>{t('file.report', report)}</p>
      {nothing && <p>{t('file.nothing')}</p>}
      {report.errors.length > 0 && (
        <>
          <h4 className="field-error">{t('file.errorsHeading')}</h4>
          <FileErrorsTable
            errors={report.errors}
            caption={t('file.errorsHeading')}
            headers={{ row: t('file.row'), column: t('file.column'), message: t('file.message') }}
          />
        </>
      )}
    </div>
  );
}
