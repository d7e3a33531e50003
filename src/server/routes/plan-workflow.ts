import * as workflow from '../../services/plan-workflow.ts';
import { planWorkflowEndpoints as e } from '../../shared/endpoints/plan-workflow.ts';
import { type Api, route } from '../api.ts';

/** The workflow of plans and follow-up reports: one route per step, so each can be authorized on its own. */
export function planWorkflowRoutes(api: Api) {
  route(api, e.listPlanWorkflow, ({ ctx, params }) => workflow.listPlanWorkflow(ctx, params.id));
  route(api, e.submitPlan, ({ ctx, params, body }) => workflow.submitPlan(ctx, params.id, body));
  route(api, e.returnPlan, ({ ctx, params, body }) => workflow.returnPlan(ctx, params.id, body));
  route(api, e.approvePlan, ({ ctx, params, body }) => workflow.approvePlan(ctx, params.id, body));
  route(api, e.publishPlan, ({ ctx, params, body }) => workflow.publishPlan(ctx, params.id, body));
  route(api, e.reopenPlan, ({ ctx, params, body }) => workflow.reopenPlan(ctx, params.id, body));
  route(api, e.decidePlan, ({ ctx, params, body }) => workflow.decidePlan(ctx, params.id, body));
}
