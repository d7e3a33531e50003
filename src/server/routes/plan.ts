import { z } from 'zod';
import * as budget from '../../services/budget.ts';
import {
  createPlan,
  deletePlan,
  getPlan,
  getPlanVisibility,
  listPlans,
  setPlanVisibility,
  updatePlan,
} from '../../services/plan.ts';
import * as section from '../../services/plan-section.ts';
import { buildPlanTree, listHiddenIndicators } from '../../services/plan-tree.ts';

const TreeQuery = z.object({ indicators: z.enum(['all', 'editor']).optional() });

import { Id, Reorder } from '../../shared/schemas/common.ts';
import {
  BudgetRowInput,
  BudgetRowPatch,
  BudgetTableInput,
  BudgetTablePatch,
  PlanInput,
  PlanKind,
  PlanPatch,
  PlanSectionInput,
  PlanSectionPatch,
  PlanVisibilityInput,
  SectionPart,
} from '../../shared/schemas/plan.ts';
import { type Api, route } from '../api.ts';
import { VersionQuery, YearQuery } from './common.ts';

export function planRoutes(api: Api) {
  const tag = 'Plan';
  route(api, {
    method: 'get',
    path: '/api/v1/plans',
    summary: 'Lista planer',
    tag,
    query: z.object({ year: YearQuery.optional(), organisationId: Id.optional(), kind: PlanKind.optional() }),
    handler: ({ ctx, query }) => listPlans(ctx, query),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/plans',
    summary: 'Skapa plan',
    tag,
    body: PlanInput,
    status: 201,
    handler: ({ ctx, body }) => createPlan(ctx, body),
  });
  route(api, {
    method: 'get',
    path: '/api/v1/plans/:id',
    summary: 'Hämta plan (metadata)',
    tag,
    handler: ({ ctx, params }) => getPlan(ctx, params.id!),
  });
  route(api, {
    method: 'get',
    path: '/api/v1/plans/:id/tree',
    summary:
      'Hela planen i en förfrågan: KF- och nämndmål, egna mål, indikatorer med alla nivåers målvärden, aktiviteter, avsnitt, budget. En enhets plan utelämnar ärvda indikatorer som planen varken visar eller har målvärde för (antalet står i hiddenIndicators; hämta dem med …/hidden-indicators); ?indicators=all ger alla.',
    tag,
    query: TreeQuery,
    handler: ({ ctx, params, query }) =>
      buildPlanTree(ctx, params.id!, { indicators: query.indicators === 'all' ? 'all' : 'editor' }),
  });
  route(api, {
    method: 'get',
    path: '/api/v1/plans/:id/hidden-indicators',
    summary:
      'Ärvda indikatorer under ett mål som planträdet utelämnar (planen visar dem inte och har inget eget målvärde)',
    tag,
    query: z.object({ goalId: Id }),
    handler: ({ ctx, params, query }) => listHiddenIndicators(ctx, params.id!, query.goalId),
  });
  route(api, {
    method: 'patch',
    path: '/api/v1/plans/:id',
    summary: 'Ändra planens metadata',
    tag,
    body: PlanPatch,
    handler: ({ ctx, params, body }) => updatePlan(ctx, params.id!, body),
  });
  route(api, {
    method: 'delete',
    path: '/api/v1/plans/:id',
    summary: 'Ta bort plan',
    tag,
    query: VersionQuery,
    status: 204,
    handler: ({ ctx, params, query }) => deletePlan(ctx, params.id!, query.version),
  });
  route(api, {
    method: 'get',
    path: '/api/v1/plans/:id/visibility',
    summary: 'Vilka ärvda mål och indikatorer planen visar',
    tag,
    handler: ({ ctx, params }) => getPlanVisibility(ctx, params.id!),
  });
  route(api, {
    method: 'put',
    path: '/api/v1/plans/:id/visibility',
    summary: 'Välj vilka ärvda mål och indikatorer planen visar',
    tag,
    body: PlanVisibilityInput,
    handler: ({ ctx, params, body }) => setPlanVisibility(ctx, params.id!, body),
  });

  route(api, {
    method: 'get',
    path: '/api/v1/plans/:id/sections',
    summary: 'Planens avsnitt (Inledning, Övrigt)',
    tag,
    handler: ({ ctx, params }) => section.listPlanSections(ctx, params.id!),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/plans/:id/sections',
    summary: 'Lägg till avsnitt',
    tag,
    body: PlanSectionInput,
    status: 201,
    handler: ({ ctx, params, body }) => section.createPlanSection(ctx, params.id!, body),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/plans/:id/sections/reorder',
    summary: 'Ändra ordning på avsnitt i en del',
    tag,
    body: Reorder.extend({ part: SectionPart }),
    status: 204,
    handler: ({ ctx, params, body }) => section.reorderPlanSections(ctx, params.id!, body.part, body.ids),
  });
  route(api, {
    method: 'patch',
    path: '/api/v1/sections/:id',
    summary: 'Ändra avsnitt',
    tag,
    body: PlanSectionPatch,
    handler: ({ ctx, params, body }) => section.updatePlanSection(ctx, params.id!, body),
  });
  route(api, {
    method: 'delete',
    path: '/api/v1/sections/:id',
    summary: 'Ta bort avsnitt',
    tag,
    query: VersionQuery,
    status: 204,
    handler: ({ ctx, params, query }) => section.deletePlanSection(ctx, params.id!, query.version),
  });

  const btag = 'Budget';
  route(api, {
    method: 'get',
    path: '/api/v1/plans/:id/budget-tables',
    summary: 'Budgettabeller med summor, netto och avvikelse',
    tag: btag,
    handler: ({ ctx, params }) => budget.listBudgetTables(ctx, params.id!),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/plans/:id/budget-tables',
    summary: 'Lägg till budgettabell',
    tag: btag,
    body: BudgetTableInput,
    status: 201,
    handler: ({ ctx, params, body }) => budget.createBudgetTable(ctx, params.id!, body),
  });
  route(api, {
    method: 'patch',
    path: '/api/v1/budget-tables/:id',
    summary: 'Ändra budgettabell',
    tag: btag,
    body: BudgetTablePatch,
    handler: ({ ctx, params, body }) => budget.updateBudgetTable(ctx, params.id!, body),
  });
  route(api, {
    method: 'delete',
    path: '/api/v1/budget-tables/:id',
    summary: 'Ta bort budgettabell',
    tag: btag,
    query: VersionQuery,
    status: 204,
    handler: ({ ctx, params, query }) => budget.deleteBudgetTable(ctx, params.id!, query.version),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/budget-tables/:id/rows',
    summary: 'Lägg till budgetrad (belopp positiva, i tkr)',
    tag: btag,
    body: BudgetRowInput,
    status: 201,
    handler: ({ ctx, params, body }) => budget.createBudgetRow(ctx, params.id!, body),
  });
  route(api, {
    method: 'post',
    path: '/api/v1/budget-tables/:id/rows/reorder',
    summary: 'Ändra ordning på budgetrader',
    tag: btag,
    body: Reorder,
    status: 204,
    handler: ({ ctx, params, body }) => budget.reorderBudgetRows(ctx, params.id!, body.ids),
  });
  route(api, {
    method: 'patch',
    path: '/api/v1/budget-rows/:id',
    summary: 'Ändra budgetrad',
    tag: btag,
    body: BudgetRowPatch,
    handler: ({ ctx, params, body }) => budget.updateBudgetRow(ctx, params.id!, body),
  });
  route(api, {
    method: 'delete',
    path: '/api/v1/budget-rows/:id',
    summary: 'Ta bort budgetrad',
    tag: btag,
    query: VersionQuery,
    status: 204,
    handler: ({ ctx, params, query }) => budget.deleteBudgetRow(ctx, params.id!, query.version),
  });
}
