import { useQueryClient } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { followUpEndpoints as ep } from '../../shared/endpoints/follow-up.ts';
import type { FollowUpTree } from '../../shared/schemas/follow-up-views.ts';
import { REPORT_PERIODS, type ReportPeriod } from '../../shared/vocabulary.ts';
import { call } from '../api/client.ts';
import { followUpKeys, useFollowUpRefresh, useFollowUpReport, useFollowUpTree } from '../api/follow-up.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { EconomySection } from '../components/follow-up/economy-section.tsx';
import { GoalSection } from '../components/follow-up/goal-section.tsx';
import { MissingPanel } from '../components/follow-up/missing-panel.tsx';
import { PeriodNav } from '../components/follow-up/period-nav.tsx';
import { ThresholdEditor } from '../components/follow-up/threshold-editor.tsx';
import { FormLock } from '../components/form-lock.tsx';
import { OverallSaveStatus } from '../components/save-status.tsx';
import { WorkflowPanel } from '../components/workflow-panel.tsx';
import { useAction } from '../hooks/use-action.ts';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useHashFocus } from '../hooks/use-hash-focus.ts';
import { useOrgContext } from '../hooks/use-org-context.ts';
import { useFormat } from '../i18n/format.ts';
import { paths } from '../lib/paths.ts';
import { NotFoundPage } from './not-found-page.tsx';

/** A unit's or board's T1, T2 or VB on one page in document order, saved as it is written. */
export default function FollowUpPage() {
  const period = useParams().period as ReportPeriod;
  if (!REPORT_PERIODS.includes(period)) return <NotFoundPage />;
  return <FollowUpForPeriod period={period} />;
}

function FollowUpForPeriod({ period }: { period: ReportPeriod }) {
  const { t } = useTranslation('follow-up');
  const { year, orgId, org, path } = useOrgContext();
  const report = useFollowUpReport(orgId, year, period);
  const client = useQueryClient();
  const create = useAction();
  const name = t(`period.${period}`);
  useDocumentTitle(t('page.title', { period: name, year, org: org?.name ?? '' }));
  const crumbs = <Breadcrumbs year={year} path={path} page={name} />;
  if (report.isError)
    return <p className="field-error">{t('page.failed', { message: report.error.message })}</p>;
  if (!report.data) {
    if (report.isPending || !org) return <p className="loading">{t('page.periods')} …</p>;
    const start = async () => {
      const done = await create.run(() =>
        call(ep.ensureFollowUpReport, { body: { organisationId: orgId, year, period } }),
      );
      if (done) await client.invalidateQueries({ queryKey: followUpKeys.report(orgId, year, period) });
    };
    return (
      <div className="page">
        {crumbs}
        <h1>{t('page.title', { period: name, year, org: org.name })}</h1>
        <p>{t('page.noReport', { period: name, year })}</p>
        <button type="button" className="button primary" disabled={create.pending} onClick={start}>
          {t('page.create', { period: name, year })}
        </button>
        {create.error && (
          <p className="field-error" role="alert">
            {create.error}
          </p>
        )}
      </div>
    );
  }
  return <ReportEditor reportId={report.data.id} crumbs={crumbs} />;
}

function ReportEditor({ reportId, crumbs }: { reportId: string; crumbs: React.ReactNode }) {
  const { t } = useTranslation('follow-up');
  const tree = useFollowUpTree(reportId);
  if (tree.isError) return <p className="field-error">{t('page.failed', { message: tree.error.message })}</p>;
  if (!tree.data) return <p className="loading">…</p>;
  return <Editor tree={tree.data} crumbs={crumbs} />;
}

/**
 * Goals the report assesses: its own and any the completeness check asks for; a unit also assesses the
 * board goals its plan shows, so the board sees its units' judgement of each board goal side by side.
 */
function assessedGoals(tree: FollowUpTree): Set<string> {
  const ids = new Set(
    tree.completeness.missing.filter((m) => m.kind === 'assessment').map((m) => m.goalId ?? m.refId),
  );
  const unit = tree.organisation.kind !== 'board' && tree.organisation.kind !== 'city';
  const visit = (g: FollowUpTree['goals'][number]) => {
    if (g.shown && (g.own || (unit && g.level === 'board'))) ids.add(g.id);
    g.children.forEach(visit);
  };
  tree.goals.forEach(visit);
  return ids;
}

function Editor({ tree, crumbs }: { tree: FollowUpTree; crumbs: React.ReactNode }) {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  const refresh = useFollowUpRefresh(tree.report.id);
  const client = useQueryClient();
  useHashFocus(true);
  const { report, organisation } = tree;
  const period = report.period;
  const name = t(`period.${period}`);
  const late = report.status === 'draft' && new Date(`${tree.deadline}T23:59:59`) < new Date();
  const base = `/api/v1/reports/${report.id}/document`;
  const assess = assessedGoals(tree);
  return (
    <div className="page editor-page fu-page">
      {crumbs}
      <div className="editor-head">
        <h1>
          {name} {report.year} <span className="h-sub">{organisation.name}</span>
        </h1>
        <div className="editor-tools">
          <OverallSaveStatus />
          <a className="button" href={`${base}.pdf`} download>
            {t('page.pdf')}
          </a>
          <a className="button" href={`${base}.docx`} download>
            {t('page.docx')}
          </a>
          <a className="button" href={`${base}.html`} target="_blank" rel="noreferrer">
            {t('page.html')}
          </a>
        </div>
      </div>
      <PeriodNav to={(p) => paths.followUp(report.year, organisation.id, p)} current={period} />
      <p className="lead">{t('page.lead', { span: t(`period.span.${period}`), year: report.year })}</p>
      <p>
        {t('page.deadline', { date: format.date(tree.deadline) })}
        {late && <strong className="cmp cmp-not_met"> {t('page.lateNote')}</strong>}
      </p>
      {organisation.kind !== 'unit' && (
        <p className="button-row">
          <Link className="button" to={paths.boardReview(report.year, organisation.id, period)}>
            {t('page.review')}
          </Link>
          <Link className="button" to={paths.dashboard(report.year, organisation.id, period)}>
            {t('page.dashboard')}
          </Link>
        </p>
      )}
      <WorkflowPanel
        planId={report.id}
        onChanged={() => client.invalidateQueries({ queryKey: ['report-tree', report.id] })}
      />
      <MissingPanel tree={tree} />
      {!report.writable && <p className="workflow-locked">{t('page.readOnly')}</p>}
      {tree.planId === null && (
        <p className="field-error">{t('page.noPlan', { org: organisation.name, year: report.year })}</p>
      )}
      {/* Writes to a locked report are refused by the services; the disabled controls say so in the form too. */}
      <FormLock locked={!report.writable}>
        {tree.goals.map((goal) => (
          <GoalSection key={goal.id} tree={tree} goal={goal} depth={0} assess={assess} onSaved={refresh} />
        ))}
        <EconomySection tree={tree} onSaved={refresh} />
      </FormLock>
      {organisation.kind === 'board' && (
        <ThresholdEditor boardId={organisation.id} current={tree.threshold} onSaved={refresh} />
      )}
    </div>
  );
}
