import { z } from 'zod';
import { PLAN_ACTIONS } from '../../domain/plan-workflow.ts';
import { endpoint } from '../endpoint.ts';
import { Id, IsoDate, Timestamp } from '../schemas/common.ts';
import { DecideInput, PlanRecord, WorkflowStep } from '../schemas/plan.ts';
import { PlanStatus } from '../vocabulary.ts';

export const PlanAction = z.enum(PLAN_ACTIONS);

export const PlanWorkflow = z.object({
  planId: Id,
  status: PlanStatus,
  version: z.number().int(),
  actions: z.array(PlanAction),
  events: z.array(
    z.object({
      id: Id,
      planId: Id,
      action: PlanAction,
      fromStatus: PlanStatus,
      toStatus: PlanStatus,
      comment: z.string(),
      decisionId: Id.nullable(),
      at: Timestamp,
      actor: z.string(),
      decidedOn: IsoDate.nullable(),
      decisionBody: z.string().nullable(),
      decisionParagraph: z.string().nullable(),
      decisionDnr: z.string().nullable(),
    }),
  ),
});
export type PlanWorkflow = z.infer<typeof PlanWorkflow>;

const tag = 'Planens arbetsflöde';
const step = <const A extends string, const S extends string>(action: A, summary: S) =>
  endpoint({
    method: 'post',
    path: `/api/v1/plans/:id/${action}`,
    summary,
    tag,
    body: WorkflowStep,
    response: PlanRecord,
  });

/** The workflow of plans and follow-up reports: one endpoint per step, so each can be authorized on its own. */
export const planWorkflowEndpoints = {
  listPlanWorkflow: endpoint({
    method: 'get',
    path: '/api/v1/plans/:id/workflow',
    summary: 'Planens status, möjliga steg och historik (med kommentarer och beslut)',
    tag,
    response: PlanWorkflow,
  }),
  submitPlan: step('submit', 'Skicka in planen (låses för enheten tills den återlämnas)'),
  returnPlan: step('return', 'Återlämna planen till utkast med en kommentar'),
  approvePlan: step('approve', 'Godkänn den inskickade planen'),
  publishPlan: step('publish', 'Publicera den beslutade planen'),
  reopenPlan: step('reopen', 'Öppna en beslutad plan för en ny version (kommentar krävs)'),
  decidePlan: endpoint({
    method: 'post',
    path: '/api/v1/plans/:id/decide',
    summary: 'Registrera beslutet (datum, organ, §, dnr) och lås planen',
    tag,
    body: DecideInput,
    response: PlanRecord,
  }),
};
