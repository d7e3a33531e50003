import { useQueryClient } from '@tanstack/react-query';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import type { z } from 'zod';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { RolloverReport } from '../../shared/schemas/year-rollover.ts';
import { call } from '../api/client.ts';
import { type Choices, RolloverGoalChoices } from '../components/rollover-goal-choices.tsx';
import { TextField } from '../components/text-field.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { paths } from '../lib/paths.ts';

type Report = z.infer<typeof RolloverReport>;

/** "Nytt planeringsår": preview what the next year gets from this one, then create it. */
export default function YearRolloverPage() {
  const { t } = useTranslation('rollover');
  const year = Number(useParams().year);
  const [to, setTo] = useState(String(year + 1));
  const [report, setReport] = useState<Report>();
  const [choices, setChoices] = useState<Choices>({});
  const action = useAction();
  const client = useQueryClient();
  useDocumentTitle(t('title'));

  const run = async (dryRun: boolean) => {
    const result = await action.run(() =>
      call(endpoints.rolloverYear, {
        body: {
          from: year,
          to: Number(to),
          dryRun,
          goals: Object.values(choices).filter((c) => c.action !== 'keep'),
        },
      }),
    );
    setReport(result);
    if (result && !dryRun) await client.invalidateQueries();
  };

  return (
    <div className="page stack">
      <h1>{t('title')}</h1>
      <p>{t('intro', { year })}</p>
      <TextField label={t('to')} value={to} onChange={setTo} inputMode="numeric" maxLength={4} />
      <div className="button-row">
        <button type="button" className="button" disabled={action.pending} onClick={() => run(true)}>
          {t('preview')}
        </button>
        <button type="button" className="button primary" disabled={action.pending} onClick={() => run(false)}>
          {t('create', { from: year, to })}
        </button>
      </div>
      {action.error && (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      )}
      <RolloverGoalChoices year={year} choices={choices} onChange={setChoices} />
      {report && (
        <section className="card stack" aria-labelledby="rollover-result" aria-live="polite">
          <h2 id="rollover-result">
            {report.dryRun ? t('previewHeading', { to: report.to }) : t('doneHeading', { to: report.to })}
          </h2>
          <p>{t('report', report)}</p>
          <p>{t('choicesReport', report)}</p>
          {report.skipped.length > 0 && (
            <>
              <h3>{t('skipped')}</h3>
              <ul>
                {report.skipped.map((s, i) => (
                  // biome-ignore lint/suspicious/noArrayIndexKey: the list is a fixed report
                  <li key={i}>
                    {s.title} – {s.reason}
                  </li>
                ))}
              </ul>
            </>
          )}
          {!report.dryRun && <Link to={paths.year(report.to)}>{t('open', { to: report.to })}</Link>}
        </section>
      )}
    </div>
  );
}
