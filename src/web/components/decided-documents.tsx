import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { endpoints } from '../../shared/endpoints/index.ts';
import { call } from '../api/client.ts';

/** The plan's decided versions, each with its frozen PDF, DOCX and PDF/A archive copy (read-only downloads). */
export function DecidedDocuments({ planId }: { planId: string }) {
  const { t } = useTranslation('decisions');
  const snapshots = useQuery({
    queryKey: ['snapshots', planId],
    queryFn: () => call(endpoints.listPlanSnapshots, { params: { id: planId } }),
  });
  if (!snapshots.data?.length) return null;
  return (
    <section className="decided-documents" aria-labelledby={`${planId}-decided`}>
      <h2 id={`${planId}-decided`} className="workflow-h">
        {t('heading')}
      </h2>
      <ul>
        {snapshots.data.map((s) => {
          const decided = t('decided', {
            date: s.decidedOn,
            body: s.decisionBody,
            paragraph: s.decisionParagraph ? ` § ${s.decisionParagraph}` : '',
          });
          return (
            <li key={s.id}>
              <span>
                {decided}
                {s.decisionDnr ? `, ${t('dnr', { dnr: s.decisionDnr })}` : ''}
              </span>{' '}
              <a href={`/api/v1/snapshots/${s.id}/document.pdf`} aria-label={`${t('pdf')} – ${decided}`}>
                {t('pdf')}
              </a>{' '}
              <a href={`/api/v1/snapshots/${s.id}/document.docx`} aria-label={`${t('docx')} – ${decided}`}>
                {t('docx')}
              </a>{' '}
              <a href={`/api/v1/snapshots/${s.id}/archive.pdf`} aria-label={`${t('archive')} – ${decided}`}>
                {t('archive')}
              </a>
            </li>
          );
        })}
      </ul>
    </section>
  );
}
