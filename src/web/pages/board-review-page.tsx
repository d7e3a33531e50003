import { useQueries } from '@tanstack/react-query';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router-dom';
import { followUpEndpoints as ep } from '../../shared/endpoints/follow-up.ts';
import type { BoardReview, FollowUpTree } from '../../shared/schemas/follow-up-views.ts';
import { REPORT_PERIODS, type ReportPeriod } from '../../shared/vocabulary.ts';
import { call } from '../api/client.ts';
import { followUpKeys, useBoardReview, useFollowUpReport, useFollowUpTree } from '../api/follow-up.ts';
import { Breadcrumbs } from '../components/breadcrumbs.tsx';
import { AnsweringSection } from '../components/follow-up/answering-section.tsx';
import { PeriodNav } from '../components/follow-up/period-nav.tsx';
import { type RollupIndicator, RollupTable } from '../components/follow-up/rollup-table.tsx';
import { TableScroll } from '../components/table-scroll.tsx';
import { useDocumentTitle } from '../hooks/use-document-title.ts';
import { useOrgContext } from '../hooks/use-org-context.ts';
import { useFormat } from '../i18n/format.ts';
import { goalHeading } from '../lib/format.ts';
import { paths } from '../lib/paths.ts';
import { NotFoundPage } from './not-found-page.tsx';

/** A board's review of a period: its units' reports, who is late, their assessments side by side, roll-ups. */
export default function BoardReviewPage() {
  const period = useParams().period as ReportPeriod;
  if (!REPORT_PERIODS.includes(period)) return <NotFoundPage />;
  return <Review period={period} />;
}

function Review({ period }: { period: ReportPeriod }) {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  const { year, orgId, org, path } = useOrgContext();
  const review = useBoardReview(orgId, year, period);
  const own = useFollowUpReport(orgId, year, period);
  const ownTree = useFollowUpTree(own.data?.id);
  // The indicators the units report in the period: those due in their reports, once each, in order.
  const unitTrees = useQueries({
    queries: (review.data?.units ?? [])
      .filter((u) => u.reportId)
      .map((u) => ({
        queryKey: followUpKeys.tree(u.reportId!),
        queryFn: () => call(ep.getFollowUpTree, { params: { id: u.reportId! } }),
      })),
  });
  const loaded = unitTrees.every((q) => q.data);
  const indicators =
    review.data && loaded
      ? dueIndicators([ownTree.data, ...unitTrees.map((q) => q.data)], boardTargets(ownTree.data))
      : undefined;
  const name = t(`period.${period}`);
  useDocumentTitle(t('review.title', { period: name, year, org: org?.name ?? '' }));
  if (review.isError)
    return <p className="field-error">{t('page.failed', { message: review.error.message })}</p>;
  if (!review.data || !org) return <p className="loading">…</p>;
  const data = review.data;
  return (
    <div className="page fu-review">
      <Breadcrumbs year={year} path={path} page={name} />
      <h1>{t('review.title', { period: name, year, org: org.name })}</h1>
      <PeriodNav to={(p) => paths.boardReview(year, orgId, p)} current={period} />
      <p className="lead">{t('review.lead', { org: org.name })}</p>
      <p>{t('review.deadline', { date: format.date(data.period.unitDeadline) })}</p>
      <p className="button-row">
        <Link className="button primary" to={paths.followUp(year, orgId, period)}>
          {t('review.openOwn', { period: name })}
        </Link>
        <Link className="button" to={paths.dashboard(year, orgId, period)}>
          {t('page.dashboard')}
        </Link>
      </p>
      <section className="card" aria-labelledby="fu-units">
        <h2 id="fu-units">{t('review.units')}</h2>
        {data.units.length === 0 ? (
          <p>{t('review.noUnits', { org: org.name })}</p>
        ) : (
          <UnitsTable data={data} />
        )}
      </section>
      {data.units.length > 0 && data.goals.length > 0 && (
        <section className="card" aria-labelledby="fu-side">
          <h2 id="fu-side">{t('review.assessments')}</h2>
          <SideBySide data={data} board={ownTree.data} />
        </section>
      )}
      {ownTree.data && <AnsweringSection tree={ownTree.data} />}
      <section className="card" aria-labelledby="fu-rollup">
        <h2 id="fu-rollup">{t('review.rollup')}</h2>
        {indicators ? (
          <RollupTable
            organisationId={orgId}
            organisationName={org.name}
            year={year}
            period={period}
            indicators={indicators}
          />
        ) : (
          <p className="loading">…</p>
        )}
      </section>
    </div>
  );
}

function UnitsTable({ data }: { data: BoardReview }) {
  const { t } = useTranslation('follow-up');
  const format = useFormat();
  const year = data.period.year;
  const period = data.period.period;
  return (
    <TableScroll label={t('review.unitsCaption', { period: t(`period.${period}`), year })}>
      <table className="data-table">
        <caption className="visually-hidden">
          {t('review.unitsCaption', { period: t(`period.${period}`), year })}
        </caption>
        <thead>
          <tr>
            <th scope="col">{t('review.unit')}</th>
            <th scope="col">{t('review.status')}</th>
            <th scope="col">{t('review.submittedAt')}</th>
            <th scope="col">{t('review.late')}</th>
          </tr>
        </thead>
        <tbody>
          {data.units.map((u) => (
            <tr key={u.organisation.id}>
              <th scope="row">
                <Link to={paths.followUp(year, u.organisation.id, period)}>{u.organisation.name}</Link>
              </th>
              <td>
                <span className={`status status-${u.status ?? 'none'}`}>
                  {u.status ? t(`status.${u.status}`, { ns: 'follow-up' }) : t('start.none')}
                </span>
              </td>
              <td>{u.submittedAt ? format.dateTime(u.submittedAt) : t('review.notSubmitted')}</td>
              <td>
                <span className={u.late ? 'cmp cmp-not_met' : 'cmp cmp-met'}>
                  <span aria-hidden="true">{u.late ? '✗ ' : '✓ '}</span>
                  {u.late ? t('review.lateYes') : t('review.onTime')}
                </span>
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </TableScroll>
  );
}

function SideBySide({ data, board }: { data: BoardReview; board: FollowUpTree | undefined }) {
  const { t } = useTranslation('follow-up');
  const boardAssessment = new Map<string, string>();
  const visit = (g: FollowUpTree['goals'][number]) => {
    if (g.assessment) boardAssessment.set(g.id, g.assessment.assessment);
    g.children.forEach(visit);
  };
  board?.goals.forEach(visit);
  return (
    <TableScroll label={t('review.assessmentsCaption')}>
      <table className="data-table side-by-side">
        <caption className="visually-hidden">{t('review.assessmentsCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('review.goal')}</th>
            <th scope="col">{data.board.name}</th>
            {data.units.map((u) => (
              <th scope="col" key={u.organisation.id}>
                {u.organisation.name}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {data.goals.map((g) => {
            const own = boardAssessment.get(g.id) ?? 'none';
            return (
              <tr key={g.id}>
                <th scope="row">{goalHeading(g)}</th>
                <td>
                  <span className={`assess assess-${own}`}>{t(`assessment.${own}`)}</span>
                </td>
                {data.units.map((u) => {
                  const a = u.assessments[g.id] ?? 'none';
                  return (
                    <td key={u.organisation.id}>
                      <span className={`assess assess-${a}`}>{t(`assessment.${a}`)}</span>
                    </td>
                  );
                })}
              </tr>
            );
          })}
        </tbody>
      </table>
    </TableScroll>
  );
}

/** Targets as the board's own report prints them, by indicator. */
function boardTargets(tree: FollowUpTree | undefined): Map<string, string> {
  const out = new Map<string, string>();
  const visit = (g: FollowUpTree['goals'][number]) => {
    for (const i of g.indicators) {
      const target = i.outcomes.find((o) => o.gender === 'T')?.target?.formatted;
      if (target && !out.has(i.indicatorId)) out.set(i.indicatorId, target);
    }
    g.children.forEach(visit);
  };
  tree?.goals.forEach(visit);
  return out;
}

/** Each indicator due in the period in any of the reports, once, with the target the board applies. */
function dueIndicators(
  trees: Array<FollowUpTree | undefined>,
  targets: Map<string, string>,
): RollupIndicator[] {
  const seen = new Map<string, RollupIndicator>();
  const visit = (g: FollowUpTree['goals'][number]) => {
    if (g.shown)
      for (const i of g.indicators)
        if (i.due && !seen.has(i.indicatorId))
          seen.set(i.indicatorId, {
            indicatorId: i.indicatorId,
            name: i.name,
            unit: i.unit,
            genderSplit: i.genderSplit,
            target: targets.get(i.indicatorId) ?? null,
          });
    g.children.forEach(visit);
  };
  for (const tree of trees) tree?.goals.forEach(visit);
  return [...seen.values()];
}
