import { useQuery } from '@tanstack/react-query';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import { call } from '../api/client.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';

/** /publicerat: the published plans of a year with their decided PDFs, for everyone, without signing in. */
export default function PublishedPage() {
  const { t } = useTranslation('published');
  const id = useId();
  const [year, setYear] = useState(new Date().getFullYear());
  const plans = useQuery({
    queryKey: ['published', year],
    queryFn: () => call(endpoints.listPublishedPlans, { query: { year } }),
  });
  useDocumentTitle(t('heading'));
  return (
    <main id="innehall" className="app-main narrow page stack">
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      <div className="field">
        <label className="field-label" htmlFor={`${id}-year`}>
          {t('year')}
        </label>
        <input
          id={`${id}-year`}
          type="number"
          min={2000}
          max={2100}
          value={year}
          onChange={(e) => setYear(Number(e.target.value) || year)}
        />
      </div>
      {plans.error && (
        <p role="alert" className="field-error">
          {plans.error.message}
        </p>
      )}
      {plans.data && plans.data.length === 0 && <p>{t('none', { year })}</p>}
      {plans.data && plans.data.length > 0 && (
        <ul>
          {plans.data.map((p) => (
            <li key={p.id}>
              <a href={`/api/v1/public/plans/${p.id}/document.pdf`}>
                {t('plan', {
                  title: p.title || t(`kind.${p.kind}`),
                  organisation: p.organisationName,
                  year: p.year,
                })}
              </a>{' '}
              – {t('decided', { date: p.decidedOn, body: p.decisionBody })}
              {p.decisionDnr ? `, ${t('dnr', { dnr: p.decisionDnr })}` : ''}
            </li>
          ))}
        </ul>
      )}
      <p>
        <a href={`/api/v1/public/open-data?year=${year}`}>{t('openData', { year })}</a>
      </p>
    </main>
  );
}
