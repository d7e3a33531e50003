import { useQuery } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { SearchHit } from '../../shared/schemas/search.ts';
import { call } from '../api/client.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { paths } from '../lib/paths.ts';

const KINDS = ['goal', 'indicator', 'activity', 'section'] as const;

/** Search results for the year, grouped by what was found, each linking to its place in the editor. */
export default function SearchPage() {
  const { t } = useTranslation('search');
  const { t: tc } = useTranslation();
  const year = Number(useParams().year);
  const q = (useSearchParams()[0].get('q') ?? '').trim();
  const search = useQuery({
    queryKey: ['search', year, q],
    queryFn: () => call(endpoints.search, { query: { year, q } }),
    enabled: q.length > 0,
  });
  useDocumentTitle(q ? t('titleFor', { q, year }) : t('title', { year }));
  return (
    <div className="page stack">
      <h1>{q ? t('titleFor', { q, year }) : t('title', { year })}</h1>
      {!q && <p>{t('empty')}</p>}
      {search.isPending && q && <p className="loading">{tc('loading')}</p>}
      {search.error && (
        <p role="alert" className="field-error">
          {search.error.message}
        </p>
      )}
      {search.data && (
        <>
          <p role="status">{t('count', { count: search.data.hits.length })}</p>
          {KINDS.map((kind) => {
            const hits = search.data.hits.filter((h) => h.kind === kind);
            if (hits.length === 0) return null;
            return (
              <section key={kind} className="stack" aria-labelledby={`sok-${kind}`}>
                <h2 id={`sok-${kind}`}>{t(`kinds.${kind}`)}</h2>
                <ul className="plain-list stack">
                  {hits.map((hit) => (
                    <Hit key={`${hit.kind}-${hit.id}`} hit={hit} year={year} />
                  ))}
                </ul>
              </section>
            );
          })}
        </>
      )}
    </div>
  );
}

function Hit({ hit, year }: { hit: SearchHit; year: number }) {
  return (
    <li className="card search-hit">
      <Link to={`${paths.plan(year, hit.organisationId)}#${hit.anchor}`}>
        {hit.title || hit.organisationName}
      </Link>
      <span className="muted"> · {hit.organisationName}</span>
      <p>
        <Snippet text={hit.snippet} />
      </p>
    </li>
  );
}

/** The server marks found words with « »; they become <mark>, the rest stays plain text. */
function Snippet({ text }: { text: string }) {
  const parts = text.split(/(«[^»]*»)/);
  return (
    <>
      {parts.map((part, i) =>
        part.startsWith('«') && part.endsWith('»') ? (
          // biome-ignore lint/suspicious/noArrayIndexKey: the parts of one fixed string
          <mark key={i}>{part.slice(1, -1)}</mark>
        ) : (
          part
        ),
      )}
    </>
  );
}
