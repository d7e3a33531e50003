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
import { planEndpoints } from '../../shared/endpoints/plan.ts';
import { type Api, route } from '../api.ts';

export function planRoutes(api: Api) {
  route(api, planEndpoints.listPlans, ({ ctx, query }) => listPlans(ctx, query));
  route(api, planEndpoints.createPlan, ({ ctx, body }) => createPlan(ctx, body));
  route(api, planEndpoints.getPlan, ({ ctx, params }) => getPlan(ctx, params.id));
  route(api, planEndpoints.buildPlanTree, ({ ctx, params, query }) =>
    buildPlanTree(ctx, params.id, { indicators: query.indicators === 'all' ? 'all' : 'editor' }),
  );
  route(api, planEndpoints.listHiddenIndicators, ({ ctx, params, query }) =>
    listHiddenIndicators(ctx, params.id, query.goalId),
  );
  route(api, planEndpoints.updatePlan, ({ ctx, params, body }) => updatePlan(ctx, params.id, body));
  route(api, planEndpoints.deletePlan, ({ ctx, params, query }) => deletePlan(ctx, params.id, query.version));
  route(api, planEndpoints.getPlanVisibility, ({ ctx, params }) => getPlanVisibility(ctx, params.id));
  route(api, planEndpoints.setPlanVisibility, ({ ctx, params, body }) =>
    setPlanVisibility(ctx, params.id, body),
  );

  route(api, planEndpoints.listPlanSections, ({ ctx, params }) => section.listPlanSections(ctx, params.id));
  route(api, planEndpoints.createPlanSection, ({ ctx, params, body }) =>
    section.createPlanSection(ctx, params.id, body),
  );
  route(api, planEndpoints.reorderPlanSections, ({ ctx, params, body }) =>
    section.reorderPlanSections(ctx, params.id, body.part, body),
  );
  route(api, planEndpoints.updatePlanSection, ({ ctx, params, body }) =>
    section.updatePlanSection(ctx, params.id, body),
  );
  route(api, planEndpoints.deletePlanSection, ({ ctx, params, query }) =>
    section.deletePlanSection(ctx, params.id, query.version),
  );

  route(api, planEndpoints.listBudgetTables, ({ ctx, params }) => budget.listBudgetTables(ctx, params.id));
  route(api, planEndpoints.createBudgetTable, ({ ctx, params, body }) =>
    budget.createBudgetTable(ctx, params.id, body),
  );
  route(api, planEndpoints.updateBudgetTable, ({ ctx, params, body }) =>
    budget.updateBudgetTable(ctx, params.id, body),
  );
  route(api, planEndpoints.deleteBudgetTable, ({ ctx, params, query }) =>
    budget.deleteBudgetTable(ctx, params.id, query.version),
  );
  route(api, planEndpoints.createBudgetRow, ({ ctx, params, body }) =>
    budget.createBudgetRow(ctx, params.id, body),
  );
  route(api, planEndpoints.reorderBudgetRows, ({ ctx, params, body }) =>
    budget.reorderBudgetRows(ctx, params.id, body),
  );
  route(api, planEndpoints.updateBudgetRow, ({ ctx, params, body }) =>
    budget.updateBudgetRow(ctx, params.id, body),
  );
  route(api, planEndpoints.deleteBudgetRow, ({ ctx, params, query }) =>
    budget.deleteBudgetRow(ctx, params.id, query.version),
  );
}
