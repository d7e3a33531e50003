import { z } from 'zod';
import { endpoint } from '../endpoint.ts';
import {
  ActivityStatusInput,
  ActivityStatusRecord,
  AssessmentInput,
  AssessmentRecord,
  EnsurePeriodsInput,
  FollowUpPeriodRecord,
  ForecastInput,
  ForecastRecord,
  OutcomeHistoryQuery,
  OutcomeInput,
  OutcomeRecord,
  PeriodPatch,
  PeriodsQuery,
  ReportKey,
  ThresholdInput,
  ThresholdRecord,
} from '../schemas/follow-up.ts';
import {
  BoardReview,
  Dashboard,
  FollowUpScopeQuery,
  FollowUpTree,
  OutcomeExportQuery,
  OutcomeImportQuery,
  OutcomeImportReport,
  Rollup,
  RollupQuery,
} from '../schemas/follow-up-views.ts';
import { PlanRecord } from '../schemas/plan.ts';

const tag = 'Uppföljning';

/**
 * Follow-up: periods, the T1/T2/VB report of an organisation (a plan row of kind t1/t2/annual whose
 * status moves through the plan workflow endpoints), outcomes, assessments, activity status, forecasts,
 * roll-up, the board's review, the dashboard and bulk outcome files.
 */
export const followUpEndpoints = {
  listFollowUpPeriods: endpoint({
    method: 'get',
    path: '/api/v1/follow-up-periods',
    summary: 'Årets uppföljningsperioder (T1, T2, VB och månaderna) med sista dag per nivå',
    tag,
    query: PeriodsQuery,
    response: z.array(FollowUpPeriodRecord),
  }),
  ensureFollowUpPeriods: endpoint({
    method: 'post',
    path: '/api/v1/follow-up-periods',
    summary: 'Skapa årets perioder som saknas (med standarddatum); befintliga lämnas orörda',
    tag,
    body: EnsurePeriodsInput,
    response: z.array(FollowUpPeriodRecord),
  }),
  updateFollowUpPeriod: endpoint({
    method: 'patch',
    path: '/api/v1/follow-up-periods/:id',
    summary: 'Ändra en periods sista dagar (enhet ≤ nämnd ≤ stad)',
    tag,
    body: PeriodPatch,
    response: FollowUpPeriodRecord,
  }),
  findFollowUpReport: endpoint({
    method: 'get',
    path: '/api/v1/reports',
    summary: 'En organisations rapport för år och period (T1, T2, VB), eller null om den inte är skapad',
    tag,
    query: ReportKey,
    response: PlanRecord.nullable(),
  }),
  ensureFollowUpReport: endpoint({
    method: 'post',
    path: '/api/v1/reports',
    summary: 'Skapa (eller hämta) en organisations rapport för år och period',
    tag,
    body: ReportKey,
    response: PlanRecord,
  }),
  getFollowUpTree: endpoint({
    method: 'get',
    path: '/api/v1/reports/:id/tree',
    summary:
      'Rapporten i dokumentordning: mål med bedömning, indikatorer med mål och utfall, aktiviteter, ekonomi och vad som saknas',
    tag,
    response: FollowUpTree,
  }),
  writeAssessment: endpoint({
    method: 'put',
    path: '/api/v1/reports/:id/assessments',
    summary: 'Bedöm ett mål i rapporten (uppfyllt, delvis, ej uppfyllt, ej bedömt) med analys',
    tag,
    body: AssessmentInput,
    response: AssessmentRecord,
  }),
  writeActivityStatus: endpoint({
    method: 'put',
    path: '/api/v1/reports/:id/activity-statuses',
    summary: 'Sätt en aktivitets status i rapportens period med kommentar',
    tag,
    body: ActivityStatusInput,
    response: ActivityStatusRecord,
  }),
  writeForecast: endpoint({
    method: 'put',
    path: '/api/v1/reports/:id/forecasts',
    summary: 'Prognos (och utfall i VB) för en budgetrad; kommentar krävs när avvikelsen är över gränsen',
    tag,
    body: ForecastInput,
    response: ForecastRecord,
  }),
  writeOutcome: endpoint({
    method: 'post',
    path: '/api/v1/outcomes',
    summary: 'Spara ett utfall (en rättelse blir en ny rad; historiken behålls)',
    tag,
    body: OutcomeInput,
    response: OutcomeRecord,
    status: 201,
  }),
  listOutcomeHistory: endpoint({
    method: 'get',
    path: '/api/v1/outcomes',
    summary: 'Ett utfalls historik, nyaste först',
    tag,
    query: OutcomeHistoryQuery,
    response: z.array(OutcomeRecord),
  }),
  exportOutcomes: endpoint({
    method: 'get',
    path: '/api/v1/outcomes/export',
    summary: 'Utfall som CSV (semikolon, decimalkomma, UTF-8 med BOM) eller XLSX',
    tag,
    query: OutcomeExportQuery,
    produces: 'text/csv; charset=utf-8',
  }),
  importOutcomes: endpoint({
    method: 'post',
    path: '/api/v1/outcomes/import',
    summary:
      'Läs in utfall från CSV eller XLSX (multipart); ?dryRun=1 förhandsgranskar. Svaret är rapporten; finns fel sparas inget.',
    tag,
    query: OutcomeImportQuery,
    response: OutcomeImportReport,
  }),
  getRollup: endpoint({
    method: 'get',
    path: '/api/v1/rollup',
    summary: 'En indikators värde för en nämnd eller staden, beräknat nu ur enheternas värden',
    tag,
    query: RollupQuery,
    response: Rollup,
  }),
  getBoardReview: endpoint({
    method: 'get',
    path: '/api/v1/board-review',
    summary: 'Nämndens enheter för en period: status, sena, och deras målbedömningar sida vid sida',
    tag,
    query: FollowUpScopeQuery,
    response: BoardReview,
  }),
  getDashboard: endpoint({
    method: 'get',
    path: '/api/v1/dashboard',
    summary:
      'Översikt för en nämnd eller staden: mål per bedömning, indikatorer under mål, ej rapporterade enheter, serier',
    tag,
    query: FollowUpScopeQuery,
    response: Dashboard,
  }),
  getDeviationThreshold: endpoint({
    method: 'get',
    path: '/api/v1/organisations/:id/deviation-threshold',
    summary: 'Avvikelsegränsen (tkr) som gäller för organisationen (dess nämnds)',
    tag,
    response: ThresholdRecord,
  }),
  setDeviationThreshold: endpoint({
    method: 'put',
    path: '/api/v1/organisations/:id/deviation-threshold',
    summary: 'Sätt nämndens avvikelsegräns i tkr',
    tag,
    body: ThresholdInput,
    response: ThresholdRecord,
  }),
};
