import { useQueryClient } from '@tanstack/react-query';
import { type DragEvent, useId, useRef, useState } from 'react';
import { Link, useParams } from 'react-router-dom';
import { ApiError } from '../api/client.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { paths } from '../lib/paths.ts';

interface KindCount {
  recognised: number;
  linked: number;
  created: number;
  updated: number;
  removed: number;
}

interface PlanReport {
  planIndex: number;
  file: string | null;
  status: 'imported' | 'preview' | 'failed';
  error: string | null;
  unit: string | null;
  board: string | null;
  year: number | null;
  organisations: { unit: { id: string | null } | null };
  goals: Record<string, KindCount>;
  counts: Record<string, KindCount>;
  warnings: { line: number; message: string }[];
}

interface ImportResponse {
  report: { dryRun: boolean; ok: boolean; plans: PlanReport[] };
}

const ROWS: [group: 'goals' | 'counts', key: string, label: string][] = [
  ['goals', 'city_direction', 'KF:s inriktningsmål'],
  ['goals', 'city_area', 'KF:s mål för verksamhetsområdet'],
  ['goals', 'board', 'Nämndmål'],
  ['goals', 'unit', 'Enhetsmål'],
  ['counts', 'indicators', 'Indikatorer'],
  ['counts', 'targets', 'Målvärden'],
  ['counts', 'activities', 'Aktiviteter'],
  ['counts', 'budgetTables', 'Budgettabeller'],
  ['counts', 'budgetRows', 'Budgetrader'],
  ['counts', 'sections', 'Avsnitt (Inledning, Övrigt)'],
  ['counts', 'unplaced', 'Oplacerad text'],
];

const ACCEPT =
  '.docx,.txt,text/plain,application/vnd.openxmlformats-officedocument.wordprocessingml.document';

async function upload(files: File[], dryRun: boolean, year: string): Promise<ImportResponse> {
  const form = new FormData();
  for (const file of files) form.append('files', file, file.name);
  const query = new URLSearchParams();
  if (dryRun) query.set('dryRun', '1');
  if (year) query.set('year', year);
  let response: Response;
  try {
    response = await fetch(`/api/v1/imports?${query}`, { method: 'POST', body: form });
  } catch {
    throw new ApiError(0, 'NETWORK', 'Ingen kontakt med servern. Kontrollera anslutningen och försök igen.');
  }
  const data = await response.json().catch(() => null);
  if (!response.ok) {
    throw new ApiError(
      response.status,
      data?.code ?? 'INTERNAL',
      data?.message ?? `Servern svarade ${response.status}. Försök igen.`,
    );
  }
  return data as ImportResponse;
}

function PlanPreview({ plan, year }: { plan: PlanReport; year: number }) {
  const headingId = useId();
  const title = `${plan.unit ?? 'Okänd enhet'} ${plan.year ?? ''}`;
  const unitId = plan.organisations.unit?.id;
  return (
    <section className="card" aria-labelledby={headingId}>
      <h3 id={headingId}>{title}</h3>
      <p className="muted">
        {plan.file} · {plan.board ?? 'nämnd saknas'}
        {plan.status === 'imported' && unitId && (
          <>
            {' · '}
            <Link to={paths.plan(plan.year ?? year, unitId)}>Öppna planen</Link>
          </>
        )}
      </p>
      {plan.status === 'failed' ? (
        <p role="alert" className="field-error">
          {plan.error}
        </p>
      ) : (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">
              {plan.status === 'preview' ? 'Det här skapas och kopplas' : 'Det här importerades'} för {title}
            </caption>
            <thead>
              <tr>
                <th scope="col">Typ</th>
                <th scope="col" className="num">
                  I dokumentet
                </th>
                <th scope="col" className="num">
                  Nya
                </th>
                <th scope="col" className="num">
                  Kopplade till befintliga
                </th>
                <th scope="col" className="num">
                  Ändrade
                </th>
              </tr>
            </thead>
            <tbody>
              {ROWS.map(([group, key, label]) => {
                const c = plan[group][key];
                if (!c) return null;
                return (
                  <tr key={key}>
                    <th scope="row">{label}</th>
                    <td className="num">{c.recognised}</td>
                    <td className="num">{c.created}</td>
                    <td className="num">{c.linked}</td>
                    <td className="num">{c.updated + c.removed}</td>
                  </tr>
                );
              })}
            </tbody>
          </table>
        </div>
      )}
      {plan.warnings.length > 0 && (
        <details>
          <summary>Varningar ({plan.warnings.length})</summary>
          <ul>
            {plan.warnings.map((w) => (
              <li key={`${w.line}-${w.message}`}>
                Rad {w.line}: {w.message}
              </li>
            ))}
          </ul>
        </details>
      )}
    </section>
  );
}

/** Upload legacy plans (Word or text), preview what a dry run would create, then import. */
export default function ImportPage() {
  const year = Number(useParams().year);
  useDocumentTitle('Importera verksamhetsplaner');
  const queryClient = useQueryClient();
  const inputId = useId();
  const yearId = useId();
  const input = useRef<HTMLInputElement>(null);
  const [files, setFiles] = useState<File[]>([]);
  const [yearOverride, setYearOverride] = useState('');
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
        setPreview((await upload(files, true, yearOverride)).report.plans);
        return;
      }
      // One file per request so the progress bar moves and each file's plans are committed in order.
      const done: PlanReport[] = [];
      setProgress({ done: 0, total: files.length });
      for (const [i, file] of files.entries()) {
        done.push(...(await upload([file], false, yearOverride)).report.plans);
        setProgress({ done: i + 1, total: files.length });
      }
      setImported(done);
      setPreview(null);
      await queryClient.invalidateQueries();
    } catch (e) {
      setError(e instanceof Error ? e.message : 'Importen misslyckades. Försök igen.');
    } finally {
      setBusy(null);
    }
  };

  const planCount = preview?.filter((p) => p.status !== 'failed').length ?? 0;
  return (
    <div className="page">
      <h1>Importera verksamhetsplaner</h1>
      <p className="lead">
        Läs in befintliga planer från Word (.docx) eller text (.txt). Kommunfullmäktiges och nämndens mål
        kopplas till de mål som redan finns; det som saknas skapas. Du ser vad som händer innan något sparas.
      </p>
      <section className="card" aria-labelledby="valj-filer">
        <h2 id="valj-filer">1. Välj filer</h2>
        <div className="field">
          <label className="field-label" htmlFor={inputId}>
            Filer att importera
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
            .docx eller .txt, högst 20 MB per uppladdning.
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
          Släpp filerna här, eller tryck Enter för att välja filer
        </button>
        {files.length > 0 && (
          <ul aria-label="Valda filer">
            {files.map((f) => (
              <li key={`${f.name}-${f.size}`}>
                {f.name} ({Math.max(1, Math.round(f.size / 1024))} kB)
              </li>
            ))}
          </ul>
        )}
        <div className="field narrow-field">
          <label className="field-label" htmlFor={yearId}>
            År (om planen saknar år)
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
            Förhandsgranska
          </button>
        </div>
      </section>

      <div aria-live="polite">
        {busy === 'preview' && (
          <p>
            <label>
              Granskar filerna … <progress />
            </label>
          </p>
        )}
        {busy === 'import' && (
          <p>
            <label>
              Importerar fil {Math.min(progress.done + 1, progress.total)} av {progress.total}{' '}
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
          <h2 id="forhandsgranskning">2. Det här kommer att hända</h2>
          <p>Ingenting är sparat ännu. Kontrollera varningarna innan du importerar.</p>
          {preview.map((plan) => (
            <PlanPreview key={plan.planIndex} plan={plan} year={year} />
          ))}
          <div className="button-row">
            <button
              type="button"
              className="button primary"
              disabled={planCount === 0 || busy !== null}
              onClick={() => run(false)}
            >
              Importera {planCount} {planCount === 1 ? 'plan' : 'planer'}
            </button>
          </div>
        </section>
      )}

      {imported && (
        <section aria-labelledby="resultat">
          <h2 id="resultat">Klart</h2>
          <p role="status">
            {imported.filter((p) => p.status === 'imported').length} av {imported.length} planer importerades.
          </p>
          {imported.map((plan) => (
            <PlanPreview key={`${plan.file}-${plan.planIndex}`} plan={plan} year={year} />
          ))}
        </section>
      )}
    </div>
  );
}
