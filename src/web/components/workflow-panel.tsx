import { useQuery, useQueryClient } from '@tanstack/react-query';
import { type FormEvent, useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanAction } from '../../domain/plan-workflow.ts';
import { endpoints } from '../../shared/endpoints/index.ts';
import type { PlanStatus } from '../../shared/vocabulary.ts';
import { call } from '../api/client.ts';
import { keys } from '../api/queries.ts';
import { useAction } from '../hooks/use-action.ts';
import { useFormat } from '../i18n/format.ts';

interface WorkflowEvent {
  id: string;
  action: PlanAction;
  comment: string;
  actor: string;
  at: string;
}
interface Workflow {
  status: PlanStatus;
  version: number;
  actions: PlanAction[];
  events: WorkflowEvent[];
}

const NEEDS_FORM: PlanAction[] = ['return', 'reopen', 'decide'];

/** One endpoint per workflow step (decide has its own body with the decision's details). */
const STEP = {
  submit: endpoints.submitPlan,
  return: endpoints.returnPlan,
  approve: endpoints.approvePlan,
  publish: endpoints.publishPlan,
  reopen: endpoints.reopenPlan,
} as const;

/** The plan's status, the workflow steps open from it and the comment of the latest return. */
export function WorkflowPanel({ planId, onChanged }: { planId: string; onChanged?: () => void }) {
  const { t } = useTranslation(['plan', 'vocabulary']);
  const format = useFormat();
  const client = useQueryClient();
  const workflow = useQuery({
    queryKey: ['workflow', planId],
    queryFn: (): Promise<Workflow> => call(endpoints.listPlanWorkflow, { params: { id: planId } }),
  });
  const [open, setOpen] = useState<PlanAction>();
  const action = useAction();
  if (!workflow.data) return null;
  const w = workflow.data;
  const lastReturn = [...w.events].reverse().find((e) => e.action === 'return' || e.action === 'reopen');

  const runStep = async (step: PlanAction, extra: Record<string, string> = {}) => {
    const params = { id: planId };
    const done = await action.run(() =>
      step === 'decide'
        ? call(endpoints.decidePlan, {
            params,
            body: { ...extra, version: w.version, decidedOn: extra.decidedOn ?? '', body: extra.body ?? '' },
          })
        : call(STEP[step], { params, body: { ...extra, version: w.version } }),
    );
    if (done === undefined) return;
    setOpen(undefined);
    // The fields lock or unlock first, then the status and its message follow: otherwise the panel
    // could say "låst" while the fields still take typing that the server will refuse.
    await Promise.all([
      client.invalidateQueries({ queryKey: keys.tree(planId) }),
      client.invalidateQueries({ queryKey: ['snapshots', planId] }),
    ]);
    await client.invalidateQueries({ queryKey: ['workflow', planId] });
    onChanged?.();
  };

  return (
    <section className="workflow-panel" aria-labelledby={`${planId}-wf`}>
      <h2 id={`${planId}-wf`} className="workflow-h">
        {t('workflow.heading')}:{' '}
        <span className={`status status-${w.status}`}>{t(`vocabulary:planStatus.${w.status}`)}</span>
      </h2>
      {w.status !== 'draft' && (
        <p className="workflow-locked">
          {w.status === 'decided' || w.status === 'published'
            ? t('workflow.lockedDecided')
            : t('workflow.lockedSubmitted')}
        </p>
      )}
      {w.status === 'draft' && lastReturn && lastReturn.comment && (
        <p className="workflow-comment">
          <strong>{t('workflow.lastReturn')}</strong> ({lastReturn.actor}, {format.dateTime(lastReturn.at)}):{' '}
          {lastReturn.comment}
        </p>
      )}
      <div className="button-row">
        {w.actions.map((a) => (
          <button
            key={a}
            type="button"
            className={a === 'return' || a === 'reopen' ? 'button' : 'button primary'}
            disabled={action.pending}
            aria-expanded={NEEDS_FORM.includes(a) ? open === a : undefined}
            onClick={() => (NEEDS_FORM.includes(a) ? setOpen(open === a ? undefined : a) : runStep(a))}
          >
            {t(`vocabulary:action.${a}`)}
          </button>
        ))}
      </div>
      {open && (
        <StepForm
          action={open}
          pending={action.pending}
          onCancel={() => setOpen(undefined)}
          onSubmit={runStep}
        />
      )}
      {action.error && (
        <p className="field-error" role="alert">
          {action.error}
        </p>
      )}
    </section>
  );
}

function StepForm(props: {
  action: PlanAction;
  pending: boolean;
  onCancel: () => void;
  onSubmit: (action: PlanAction, extra: Record<string, string>) => void;
}) {
  const { t } = useTranslation(['plan', 'vocabulary']);
  const id = useId();
  const actionLabel = t(`vocabulary:action.${props.action}`);
  const submit = (e: FormEvent<HTMLFormElement>) => {
    e.preventDefault();
    const data = Object.fromEntries(new FormData(e.currentTarget)) as Record<string, string>;
    props.onSubmit(props.action, data);
  };
  const field = (name: string, label: string, type = 'text', required = false) => (
    <div className="field">
      <label className="field-label" htmlFor={`${id}-${name}`}>
        {label}
      </label>
      <input id={`${id}-${name}`} name={name} type={type} required={required} />
    </div>
  );
  return (
    <form className="workflow-form" onSubmit={submit} aria-label={actionLabel}>
      {props.action === 'decide' ? (
        <div className="form-grid">
          {field('decidedOn', t('workflow.decidedOn'), 'date', true)}
          {field('body', t('workflow.body'), 'text', true)}
          {field('paragraph', t('workflow.paragraph'))}
          {field('dnr', t('workflow.dnr'))}
        </div>
      ) : (
        <div className="field">
          <label className="field-label" htmlFor={`${id}-comment`}>
            {t('workflow.comment')}
          </label>
          <span className="field-hint" id={`${id}-hint`}>
            {t('workflow.commentHint')}
          </span>
          <textarea id={`${id}-comment`} name="comment" required rows={3} aria-describedby={`${id}-hint`} />
        </div>
      )}
      <div className="button-row">
        <button type="submit" className="button primary" disabled={props.pending}>
          {t('workflow.confirm')}: {actionLabel.toLowerCase()}
        </button>
        <button type="button" className="button" onClick={props.onCancel}>
          {t('workflow.cancel')}
        </button>
      </div>
    </form>
  );
}
