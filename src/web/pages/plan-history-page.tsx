import { useQuery } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { PlanHistory } from '../../shared/schemas/plan-history.ts';
import { call } from '../api/client.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useFormat } from '../i18n/format.ts';
import { paths } from '../lib/paths.ts';

type Change = PlanHistory['events'][number]['changes'][number];

/** Historik: who changed what in a plan and when, with word diffs, and any two versions compared. */
export default function PlanHistoryPage() {
  const { t } = useTranslation('history');
  const { t: tc } = useTranslation();
  const format = useFormat();
  const id = useId();
  const year = Number(useParams().year);
  const orgId = useParams().orgId!;
  const planId = useParams().planId!;
  const [range, setRange] = useState<{ from: number; to: number }>();
  const history = useQuery({
    queryKey: ['plan-history', planId, range?.from, range?.to],
    queryFn: () => call(endpoints.listPlanHistory, { params: { id: planId }, query: range ?? {} }),
  });
  useDocumentTitle(t('heading'));
  if (history.error)
    return (
      <div className="page stack">
        <h1>{t('heading')}</h1>
        <p role="alert" className="field-error">
          {history.error.message}
        </p>
      </div>
    );
  const data = history.data;
  if (!data) return <p className="loading">{tc('loading')}</p>;
  const label = (e: PlanHistory['events'][number]) =>
    t('version', { seq: e.seq, at: format.dateTime(String(e.at)), actor: e.actor });
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const form = new FormData(e.currentTarget);
    setRange({ from: Number(form.get('from')), to: Number(form.get('to')) });
  };
  return (
    <div className="page stack">
      <p>
        <Link to={paths.plan(year, orgId)}>{t('back')}</Link>
      </p>
      <h1>{t('heading')}</h1>
      <p>{t('intro')}</p>
      {data.events.length > 1 && (
        <form onSubmit={submit} aria-label={t('compare')} className="form-grid">
          <div className="field">
            <label className="field-label" htmlFor={`${id}-from`}>
              {t('from')}
            </label>
            <select id={`${id}-from`} name="from" defaultValue={data.events.at(-1)!.seq}>
              {data.events.map((e) => (
                <option key={e.seq} value={e.seq}>
                  {label(e)}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-to`}>
              {t('to')}
            </label>
            <select id={`${id}-to`} name="to" defaultValue={data.events[0]!.seq}>
              {data.events.map((e) => (
                <option key={e.seq} value={e.seq}>
                  {label(e)}
                </option>
              ))}
            </select>
          </div>
          <button type="submit" className="button">
            {t('compare')}
          </button>
        </form>
      )}
      {data.comparison && (
        <section aria-labelledby={`${id}-cmp`}>
          <h2 id={`${id}-cmp`}>
            {t('comparisonHeading', { from: data.comparison.from, to: data.comparison.to })}
          </h2>
          {data.comparison.records.length === 0 && <p>{t('noDifference')}</p>}
          {data.comparison.records.map((r) => (
            <article key={`${r.entity}:${r.entityId}`} className="history-event">
              <h3>
                {t(`entity.${r.entity}`, { defaultValue: r.entity })}
                {r.name ? `: ${r.name}` : ''}
              </h3>
              <Changes changes={r.changes} />
            </article>
          ))}
        </section>
      )}
      <section aria-labelledby={`${id}-list`}>
        <h2 id={`${id}-list`}>{t('events')}</h2>
        <ol className="history-list">
          {data.events.map((e) => (
            <li key={e.seq} className="history-event">
              <p>
                <strong>{e.actor}</strong> {t(`action.${e.action}`)}{' '}
                {t(`entity.${e.entity}`, { defaultValue: e.entity })}
                {e.name ? ` ”${e.name}”` : ''} – {format.dateTime(String(e.at))} (
                {t('number', { seq: e.seq })})
              </p>
              {e.action === 'update' && <Changes changes={e.changes} />}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}

/** Each changed field with removed words struck through and added words marked, readable without colour too. */
function Changes({ changes }: { changes: Change[] }) {
  const { t } = useTranslation('history');
  if (changes.length === 0) return null;
  return (
    <dl className="history-changes">
      {changes.map((c) => (
        <div key={c.field}>
          <dt>{t(`field.${c.field}`, { defaultValue: c.field })}</dt>
          <dd className="diff">
            {keyed(c.parts).map(({ key, op, text }) =>
              op === 'add' ? (
                <ins key={key}>
                  <span className="visually-hidden">{t('added')}</span>
                  {text}
                </ins>
              ) : op === 'del' ? (
                <del key={key}>
                  <span className="visually-hidden">{t('removed')}</span>
                  {text}
                </del>
              ) : (
                <span key={key}>{text}</span>
              ),
            )}
          </dd>
        </div>
      ))}
    </dl>
  );
}

/** Stable keys: each part's position in the combined text. */
function keyed(parts: Change['parts']) {
  let at = 0;
  return parts.map((p) => {
    const key = `${p.op}-${at}`;
    at += p.text.length;
    return { ...p, key };
  });
}
