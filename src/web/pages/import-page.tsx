import { useQueryClient } from '@tanstack/react-query';
import type { TFunction } from 'i18next';
import { type DragEvent, useId, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { CollisionChoice } from '../components/import-collision.tsx';
import { type ImportResponse, PlanPreview, type PlanReport } from '../components/import-preview.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

const ACCEPT =
  '.docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

type Collision = '' | 'link' | 'own';

async function upload(
  t: TFunction,
  files: File[],
  dryRun: boolean,
  year: string,
  onCollision: Collision,
): Promise<ImportResponse> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  const query = new URLSearchParams();
  if (dryRun) query.set('dryRun', '1');
  if (year) query.set('year', year);
  if (onCollision) query.set('onCollision', onCollision);
  let response: Response;
  try {
    response = await fetch(`/api/v1/imports?${query}`, { method: 'POST', body: form });
  } catch {
    throw new ApiError(0, 'NETWORK', t('page.offline'));
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(
      response.status,
      data?.code ?? 'INTERNAL',
      data?.message ?? t('page.serverStatus', { status: response.status }),
      data?.details,
    );
  }
  return data as ImportResponse;
}

/** Upload legacy plans (Word or text), preview what a dry run would create, then import. */
export default function ImportPage() {
  const { t } = useTranslation('imports');
  const year = Number(useParams().year);
  useDocumentTitle(t('page.heading'));
  const queryClient = useQueryClient();
  const inputId = useId();
  const yearId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [yearOverride, setYearOverride] = useState('');
  const [onCollision, setOnCollision] = useState<Collision>('');
  const [dragging, setDragging] = useState(false);
  const [busy, setBusy] = useState<null | 'preview' | 'import'>(null);
  const [progress, setProgress] = useState({ done: 0, total: 0 });
  const [preview, setPreview] = useState<PlanReport[] | null>(null);
  const [imported, setImported] = useState<PlanReport[] | null>(null);
  const [error, setError] = useState<string | null>(null);

  const choose = (list: FileList | null) => {
    setFiles(list ? [...list] : []);
    setPreview(null);
    setImported(null);
    setError(null);
  };

  const onDrop = (event: DragEvent<HTMLButtonElement>) => {
    event.preventDefault();
    setDragging(false);
    choose(event.dataTransfer.files);
  };

  const run = async (dryRun: boolean) => {
    setBusy(dryRun ? 'preview' : 'import');
    setError(null);
    try {
      if (dryRun) {
        setPreview((await upload(t, files, true, yearOverride, onCollision)).report.plans);
        return;
      }
      // One file per request so the progress bar moves and each file's plans are committed in order.
      const done: PlanReport[] = [];
      setProgress({ done: 0, total: files.length });
      for (const [i, file] of files.entries()) {
        done.push(...(await upload(t, [file], false, yearOverride, onCollision)).report.plans);
        setProgress({ done: i + 1, total: files.length });
      }
      setImported(done);
      setPreview(null);
      await queryClient.invalidateQueries();
    } catch (e) {
      // Every plan stopped, some on a goal number used by another goal: show them with the choices.
      const plans = (e instanceof ApiError ? e.details?.report : undefined) as
        | { plans?: PlanReport[] }
        | undefined;
      if (plans?.plans?.some((p) => p.collision)) {
        setPreview(plans.plans);
        setImported(null);
        return;
      }
      setError(e instanceof Error ? e.message : t('page.failed'));
    } finally {
      setBusy(null);
    }
  };

  const planCount = preview?.filter((p) => p.status !== 'failed').length ?? 0;
  const collided = preview?.some((p) => p.collision) ?? false;
  return (
    <div className="page">
      <h1>{t('page.heading')}</h1>
      <p className="lead">{t('page.lead')}</p>
      <section className="card" aria-labelledby="valj-filer">
        <h2 id="valj-filer">{t('page.chooseFiles')}</h2>
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            {t('page.files')}
          </label>
          <input
            ref={input}
            id={inputId}
            type="file"
            multiple
            accept={ACCEPT}
            aria-describedby={`${inputId}-hint`}
            onChange={(e) => choose(e.target.files)}
          />
          <span id={`${inputId}-hint`} className="field-hint">
            {t('page.filesHint')}
          </span>
        </div>
        <button
          type="button"
          className="button"
          aria-describedby={`${inputId}-hint`}
          onClick={() => input.current?.click()}
          onDragEnter={(e) => {
            e.preventDefault();
            setDragging(true);
          }}
          onDragOver={(e) => e.preventDefault()}
          onDragLeave={() => setDragging(false)}
          onDrop={onDrop}
          style={{
            display: 'flex',
            width: '100%',
            minHeight: '6rem',
            justifyContent: 'center',
            border: `2px dashed ${dragging ? 'var(--accent)' : 'currentColor'}`,
            background: dragging ? 'var(--accent-soft)' : undefined,
          }}
        >
          {t('page.drop')}
        </button>
        {files.length > 0 && (
          <ul aria-label={t('page.chosen')}>
            {files.map((f) => (
              <li key={`${f.name}-${f.size}`}>
                {f.name} ({Math.max(1, Math.round(f.size / 1024))} kB)
              </li>
            ))}
          </ul>
        )}
        <div className="field narrow-field">
          <label className="field-label" htmlFor={yearId}>
            {t('page.year')}
          </label>
          <input
            id={yearId}
            type="number"
            inputMode="numeric"
            min={2000}
            max={2100}
            value={yearOverride}
            onChange={(e) => setYearOverride(e.target.value)}
          />
        </div>
        <div className="button-row">
          <button
            type="button"
            className="button primary"
            disabled={files.length === 0 || busy !== null}
            onClick={() => run(true)}
          >
            {t('page.preview')}
          </button>
        </div>
      </section>

      <div aria-live="polite">
        {busy === 'preview' && (
          <p>
            <label>
              {t('page.checking')} <progress />
            </label>
          </p>
        )}
        {busy === 'import' && (
          <p>
            <label>
              {t('page.importing', {
                done: Math.min(progress.done + 1, progress.total),
                total: progress.total,
              })}{' '}
              <progress value={progress.done} max={progress.total} />
            </label>
          </p>
        )}
        {error && (
          <p role="alert" className="field-error">
            {error}
          </p>
        )}
      </div>

      {preview && (
        <section aria-labelledby="forhandsgranskning">
          <h2 id="forhandsgranskning">{t('page.willHappen')}</h2>
          <p>{t('page.notSaved')}</p>
          {preview.map((plan) => (
            <PlanPreview key={plan.planIndex} plan={plan} year={year} />
          ))}
          {collided && (
            <CollisionChoice
              value={onCollision}
              onChange={setOnCollision}
              yearOverride={yearOverride}
              onYear={setYearOverride}
              busy={busy !== null}
              onRetry={() => run(true)}
            />
          )}
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={planCount === 0 || busy !== null}
              onClick={() => run(false)}
            >
              {t('page.import', { count: planCount })}
            </button>
          </div>
        </section>
      )}

      {imported && (
        <section aria-labelledby="resultat">
          <h2 id="resultat">{t('page.done')}</h2>
          <p role="status">
            {t('page.result', {
              imported: imported.filter((p) => p.status === 'imported').length,
              count: imported.length,
            })}
          </p>
          {imported.map((plan) => (
            <PlanPreview key={`${plan.file}-${plan.planIndex}`} plan={plan} year={year} />
          ))}
        </section>
      )}
    </div>
  );
}
