import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentTarget } from '../../domain/vocabulary.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { PlanTree, TreeGoal } from '../../shared/schemas/plan-tree.ts';
import { call } from '../api/client.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFormat } from '../i18n/format.ts';

interface Choice {
  value: string;
  kind: CommentTarget;
  id: string | null;
  label: string;
}

/** Everything in the plan a comment can be about: the plan, its goals, sections and indicators. */
function choices(tree: PlanTree, planLabel: string): Choice[] {
  const out: Choice[] = [{ value: 'plan', kind: 'plan', id: null, label: planLabel }];
  const walk = (goals: TreeGoal[]) => {
    for (const g of goals) {
      if (g.shown) {
        out.push({
          value: `goal:${g.id}`,
          kind: 'goal',
          id: g.id,
          label: [g.number, g.title].filter(Boolean).join(' '),
        });
        for (const i of g.indicators)
          if (i.shown)
            out.push({
              value: `indicator:${i.indicatorId}`,
              kind: 'indicator',
              id: i.indicatorId,
              label: i.name,
            });
      }
      walk(g.children);
    }
  };
  walk(tree.goals);
  for (const s of tree.sections)
    out.push({ value: `section:${s.id}`, kind: 'section', id: s.id, label: s.heading });
  return out.filter((c, i, all) => all.findIndex((o) => o.value === c.value) === i);
}

/** Comments on the plan, visible to everyone who may see the plan; anyone who may see it may add one. */
export function PlanComments({ tree }: { tree: PlanTree }) {
  const { t } = useTranslation('decisions');
  const format = useFormat();
  const id = useId();
  const client = useQueryClient();
  const planId = tree.plan.id;
  const comments = useQuery({
    queryKey: ['comments', planId],
    queryFn: () => call(endpoints.listPlanComments, { params: { id: planId } }),
  });
  const [text, setText] = useState('');
  const action = useAction();
  const options = choices(tree, t('wholePlan'));
  const labelOf = (kind: CommentTarget, targetId: string | null) =>
    options.find((o) => o.kind === kind && o.id === targetId)?.label ?? t(`target.${kind}`);

  const submit = async (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const chosen =
      options.find((o) => o.value === new FormData(e.currentTarget).get('target')) ?? options[0]!;
    const done = await action.run(() =>
      call(endpoints.createPlanComment, {
        params: { id: planId },
        body: { targetKind: chosen.kind, targetId: chosen.id, body: text },
      }),
    );
    if (done === undefined) return;
    setText('');
    await client.invalidateQueries({ queryKey: ['comments', planId] });
  };

  return (
    <section className="plan-comments" aria-labelledby={`${id}-h`}>
      <h2 id={`${id}-h`} className="workflow-h">
        {t('comments')}
      </h2>
      {comments.data?.length ? (
        <ol className="comment-list">
          {comments.data.map((c) => (
            <li key={c.id}>
              <p className="comment-meta">
                <strong>{c.author}</strong>, {format.dateTime(c.createdAt)} –{' '}
                {labelOf(c.targetKind, c.targetId)}
              </p>
              <p>{c.body}</p>
            </li>
          ))}
        </ol>
      ) : (
        <p>{t('noComments')}</p>
      )}
      {tree.can['comment.write'] && (
        <form onSubmit={submit} aria-label={t('addComment')}>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-target`}>
              {t('about')}
            </label>
            <select id={`${id}-target`} name="target">
              {options.map((o) => (
                <option key={o.value} value={o.value}>
                  {o.label}
                </option>
              ))}
            </select>
          </div>
          <div className="field">
            <label className="field-label" htmlFor={`${id}-body`}>
              {t('comment')}
            </label>
            <textarea
              id={`${id}-body`}
              value={text}
              onChange={(e) => setText(e.target.value)}
              required
              rows={3}
            />
          </div>
          <button type="submit" className="button" disabled={action.pending}>
            {t('addComment')}
          </button>
          {action.error && (
            <p className="field-error" role="alert">
              {action.error}
            </p>
          )}
        </form>
      )}
    </section>
  );
}
