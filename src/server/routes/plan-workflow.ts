import * as workflow from '../../services/plan-workflow.ts';
import { DecideInput, WorkflowStep } from '../../shared/schemas/plan.ts';
import { type Api, route } from '../api.ts';

/** The workflow of plans and follow-up reports: one route per step, so each can be authorized on its own. */
export function planWorkflowRoutes(api: Api) {
  const tag = 'Planens arbetsflöde';
  route(api, {
    method: 'get',
    path: '/api/v1/plans/:id/workflow',
    summary: 'Planens status, möjliga steg och historik (med kommentarer och beslut)',
    tag,
    handler: ({ ctx, params }) => workflow.listPlanWorkflow(ctx, params.id!),
  });
  const steps = [
    ['submit', 'Skicka in planen (låses för enheten tills den återlämnas)', workflow.submitPlan],
    ['return', 'Återlämna planen till utkast med en kommentar', workflow.returnPlan],
    ['approve', 'Godkänn den inskickade planen', workflow.approvePlan],
    ['publish', 'Publicera den beslutade planen', workflow.publishPlan],
    ['reopen', 'Öppna en beslutad plan för en ny version (kommentar krävs)', workflow.reopenPlan],
  ] as const;
  for (const [action, summary, run] of steps) {
    route(api, {
      method: 'post',
      path: `/api/v1/plans/:id/${action}`,
      summary,
      tag,
      body: WorkflowStep,
      handler: ({ ctx, params, body }) => run(ctx, params.id!, body),
    });
  }
  route(api, {
    method: 'post',
    path: '/api/v1/plans/:id/decide',
    summary: 'Registrera beslutet (datum, organ, §, dnr) och lås planen',
    tag,
    body: DecideInput,
    handler: ({ ctx, params, body }) => workflow.decidePlan(ctx, params.id!, body),
  });
}
